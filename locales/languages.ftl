# Each language's name in its own language and script, for the language
# picker. Embedded in the app, because the picker shows all six at once.
autonym-sv = Svenska
autonym-en = English
autonym-ar = العربية
autonym-fa = فارسی
autonym-so = Af-Soomaali
autonym-ti = ትግርኛ
