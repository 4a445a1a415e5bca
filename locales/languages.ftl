# Each language's name in its own language and script, for the language
# picker. Embedded in the app, because the picker shows all of them at once.
# Lättläst is easy-to-read Swedish: its name is the Swedish word, which its
# readers know from Swedish authorities' sites.
autonym-sv = Svenska
autonym-sv-x-lattlast = Lättläst
autonym-en = English
autonym-ar = العربية
autonym-fa = فارسی
autonym-so = Af-Soomaali
autonym-ti = ትግርኛ
