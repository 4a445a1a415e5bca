# Tigrinya translation of locales/sv/staff.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — pages for staff at service offices. Staff read Swedish.
# Plain Tigrinya: short sentences, everyday words. Ids start with "overview-" (the overview), "staff-" (staff mode), "qr-" (QR handout) or "kiosk-" (kiosk mode).
# The table also uses ids from pages.ftl: the office-…, presence-… and
# local-… messages of a municipality's places.

## Overview of all municipalities

overview-title = ኩሎም ኮሙናት፦ ኣብያተ ጽሕፈት ኣገልግሎትን ዝተቖጸሩ ርክባትን
overview-lead = እቲ በጻሒ ዝነብረሉ ኮሙን ድለዩ። ሽዑ ቤት ጽሕፈት ኣገልግሎት እንተሎ፣ ከምኡውን እቲ በጻሒ ምስ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ዝተቖጸሩ ርክባት ኣበይ ክገብር ከም ዝኽእል ትርእዩ። እቲ ኮሙን ገለ ነገር እንተ ዘይብሉ፣ እቲ ዝቐረበ ኣማራጺ ይርአ።
overview-search-label = ኮሙን፣ ቦታ ወይ ኮድ ኮሙን ድለዩ
overview-search-hint = ንኣብነት Dorotea፣ Sveg ወይ 2425። ብዘይ å፣ ä ከምኡውን ö ክትጽሕፉ ትኽእሉ ኢኹም።
overview-county-label = ዞባ (län)
overview-county-all = ኩለን ዞባታት
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] ዝኾነ ኮሙን ኣይርአን። ዝወሓዱ ፊደላት ጽሒፍኩም ፈትኑ ወይ ኩለን ዞባታት ምረጹ።
        [one] ሓደ ኮሙን ይርአ።
       *[other] { $count } ኮሙናት ይርኣዩ።
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    { $column ->
        [county] ብዞባ
       *[name] ብኮሙን
    } ዝተሰርዐ፣ { $direction ->
        [descending] ካብ ላዕሊ ናብ ታሕቲ
       *[ascending] ካብ ታሕቲ ናብ ላዕሊ
    }።
overview-caption = ኣብያተ ጽሕፈት ኣገልግሎትን ዝተቖጸሩ ርክባትን ኣብ 290 ኮሙናት ሽወደን
overview-col-municipality = ኮሙን
overview-col-county = ዞባ
overview-col-service-office = ቤት ጽሕፈት ኣገልግሎት
overview-col-booked-meetings = ዝተቖጸሩ ርክባት
overview-no-presence = ኣብዚ ኮሙን ዝተቖጸሩ ርክባት የለዉን። እቲ ዝቐረበ፦
overview-no-office = ገና ከም ዘሎ እንፈልጦ ቤት ጽሕፈት ኣገልግሎት የለን። እቲ ዝቐረበ፦
overview-col-changed = ናይ መወዳእታ ለውጢ
overview-unchanged = ካብ 2021 ዝተፈልጠ ለውጢ የለን
overview-changed-only = ካብ 2021 ንደሓር ገለ ዝተቐየረሎም ኮሙናት ጥራይ ኣርእዩ
overview-unchanged-note = ብዛዕባ ለውጢ መስመር ዘይብሎም ኣብያተ ጽሕፈት ኣብ ጸብጻብ 2021 ኣለዉ፣ ድሒሩ ዝመጸ ለውጢ ድማ ኣይንፈልጥን።
overview-pending-nearest = ክሳብ ዝድሎ፣ እቲ ዝቐረበ፦
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = ምንጪ፦ { $source }። እቲ ሓበሬታ ንዕለት { $date } እዩ።

## Staff mode (for service-office staff at the desk)

staff-language-title = እቲ በጻሒ ኣየናይ ቋንቋ የንብብ?
staff-language-lead = ምስ እቲ በጻሒ ብሓባር ቋንቋ ምረጹ። ድሕሪኡ እቶም ሕቶታት በቲ ቋንቋ ምስ ሽወደንኛ ኣብ ጎኖም ይርኣዩ።
qr-heading = ብናይ ገዛእ ርእስኹም ሞባይል ቀጽሉ
qr-intro = ነቲ ኮድ ብካሜራ ሞባይልኩም ስካን ግበርዎ። ሽዑ ተመሳሳሊ ውጽኢት ኣብ ሞባይልኩም ይኽፈት። እቲ ኣድራሻ መልስታት ጥራይ እዩ ዝሕዝ፣ መን ምዃንኩም ኣይሕዝን።
qr-show = QR ኮድ ኣርእዩ
qr-hide = QR ኮድ ሕብኡ
qr-label = ኣድራሻ ናይዚ ውጽኢት ዝሓዘ QR ኮድ

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = ከም ብሓድሽ ጀምሩ
kiosk-dialog-title = ተወሳኺ ግዜ ተድልዩ ዶ?
kiosk-dialog-text = ንገለ ግዜ ዝኾነ ሰብ ነዚ ገጽ ኣይተጠቐመሉን። ኣብ ውሽጢ ሓንቲ ደቒቕ ዝኾነ ሰብ እንተዘይመሊሱ፣ እቲ ገጽ ከም ብሓድሽ ይጅምር፣ እቶም መልስታት ድማ ይድምሰሱ።
kiosk-extend = እወ፣ ተወሳኺ ግዜ የድልየኒ
kiosk-end-now = ኣይፋል፣ ሕጂ ከም ብሓድሽ ጀምሩ
