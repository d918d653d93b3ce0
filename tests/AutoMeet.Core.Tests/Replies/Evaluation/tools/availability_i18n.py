"""German, French, Spanish, Portuguese and Dutch availability phrases with the windows the conventions give.

Imported by availability_gen.py, which appends these cases after the English ones. Expected windows are written
by hand from availability-conventions.md (plain calendar arithmetic, checked by the asserts below), never taken
from the extractor. All phrases were written before the non-English lexicons existed; the `blind` ones (the last
eight of each language) were never run case by case while the lexicons were tuned. The `blind2` ones (six per
language) were written after the lexicons were frozen and measured once.

Received: Thursday 2026-03-12 10:00 (R1) unless a case says R2 (Tuesday 2026-03-10 10:00).
R1: tomorrow 03-13 (Fri); bare Mon 03-16, Tue 03-17, Wed 03-18, Thu 03-19, Fri 03-13; next week 03-16..03-20;
next <day> = that day in the week of 03-16. R2: tomorrow 03-11, day after tomorrow 03-12.
"""
from datetime import date

R1 = "2026-03-12T10:00:00"
R2 = "2026-03-10T10:00:00"
BER, PAR, MAD, MEX, LIS, SAO, AMS, NY = ("Europe/Berlin", "Europe/Paris", "Europe/Madrid", "America/Mexico_City",
                                         "Europe/Lisbon", "America/Sao_Paulo", "Europe/Amsterdam", "America/New_York")
assert date(2026, 3, 12).weekday() == 3 and date(2026, 3, 10).weekday() == 1 and date(2026, 3, 16).weekday() == 0


def d(day):
    return date(2026, 3, day)


def w(day, s, e, tz):
    x = d(day).isoformat()
    return {"start": f"{x}T{s}:00", "end": f"{x}T{e}:00", "tz": tz}


def days(first, last, s, e, tz):
    return [w(k, s, e, tz) for k in range(first, last + 1) if d(k).weekday() < 5]


def build():
    """Returns (lang, split, text, received, prospect_tz, host_tz, kind, windows) tuples."""
    out = []

    def add(lang, text, kind, windows=(), tz=None, host=NY, recv=R1, blind=False):
        out.append((lang, "blind" if blind else "dev", text, recv, tz, host, kind, list(windows)))

    # German (Berlin)
    de = lambda text, kind, windows=(), tz=BER, **k: add("de", text, kind, windows, tz, **k)
    de("Dienstag um 14 Uhr passt mir gut.", "windows", [w(17, "14:00", "14:30", BER)])
    de("Am Montag hätte ich vormittags Zeit.", "windows", [w(16, "09:00", "12:00", BER)])
    de("Wie wäre es mit Mittwoch zwischen 14 und 16 Uhr?", "windows", [w(18, "14:00", "16:00", BER)])
    de("Morgen ab 13 Uhr bin ich erreichbar.", "windows", [w(13, "13:00", "17:00", BER)])
    de("Nächste Woche, außer Freitag, jederzeit.", "windows", days(16, 19, "09:00", "17:00", BER))
    de("Übermorgen um 11 wäre super.", "windows", [w(12, "11:00", "11:30", BER)], recv=R2)
    de("Donnerstag, 19.03. um 10:30 Uhr", "windows", [w(19, "10:30", "11:00", BER)])
    de("Am 17. März nachmittags", "windows", [w(17, "13:00", "17:00", BER)])
    de("Freitag 9-10 Uhr", "windows", [w(13, "09:00", "10:00", BER)])
    de("Nächsten Dienstag um 15 Uhr MEZ", "windows", [w(17, "15:00", "15:30", BER)])
    de("Montag geht leider nicht, aber Dienstag morgens ginge.", "windows", [w(17, "09:00", "12:00", BER)])
    de("Mo oder Di nach 15 Uhr", "windows", [w(16, "15:00", "17:00", BER), w(17, "15:00", "17:00", BER)])
    de("Mittwoch ganztägig", "windows", [w(18, "09:00", "17:00", BER)])
    de("Gerne am Donnerstagnachmittag.", "windows", [w(19, "13:00", "17:00", BER)])
    de("Um 16 Uhr meiner Zeit am Freitag", "windows", [w(13, "16:00", "16:30", BER)])
    de("Kein Interesse, danke.", "none")
    de("Dienstag um 10 Uhr Ihrer Zeit", "windows", [w(17, "10:00", "10:30", NY)])
    de("Morgen Vormittag oder Montagnachmittag", "windows", [w(13, "09:00", "12:00", BER), w(16, "13:00", "17:00", BER)])
    de("Könnten wir am Dienstag, den 17.3., gegen 11 Uhr telefonieren?", "windows", [w(17, "11:00", "11:30", BER)], blind=True)
    de("Ich bin nächste Woche Mo–Mi verfügbar.", "windows", days(16, 18, "09:00", "17:00", BER), blind=True)
    de("Am liebsten morgen früh um 9:30.", "windows", [w(13, "09:30", "10:00", BER)], blind=True)
    de("Freitag passt nicht, Donnerstag ab 14 Uhr schon.", "windows", [w(19, "14:00", "17:00", BER)], blind=True)
    de("Den ganzen Mittwoch bin ich im Büro, ruf einfach an.", "windows", [w(18, "09:00", "17:00", BER)], blind=True)
    de("Schicken Sie mir einfach ein paar Terminvorschläge.", "none", blind=True)
    de("Wie wäre der 24.3. um 15:00?", "windows", [w(24, "15:00", "15:30", BER)], blind=True)
    de("Nächste Woche Dienstag zwischen 10 und 12", "windows", [w(17, "10:00", "12:00", BER)], blind=True)

    # French (Paris)
    fr = lambda text, kind, windows=(), tz=PAR, **k: add("fr", text, kind, windows, tz, **k)
    fr("Mardi à 14h, ça me va.", "windows", [w(17, "14:00", "14:30", PAR)])
    fr("Je suis disponible lundi matin.", "windows", [w(16, "09:00", "12:00", PAR)])
    fr("Mercredi entre 14h et 16h ?", "windows", [w(18, "14:00", "16:00", PAR)])
    fr("Demain après 15h30", "windows", [w(13, "15:30", "17:00", PAR)])
    fr("La semaine prochaine, sauf vendredi.", "windows", days(16, 19, "09:00", "17:00", PAR))
    fr("Après-demain à 10h", "windows", [w(12, "10:00", "10:30", PAR)], recv=R2)
    fr("Le 17 mars à 11h", "windows", [w(17, "11:00", "11:30", PAR)])
    fr("Jeudi 19/03 l'après-midi", "windows", [w(19, "13:00", "17:00", PAR)])
    fr("Vendredi de 9h à 10h30", "windows", [w(13, "09:00", "10:30", PAR)])
    fr("Mardi prochain à 15h heure de Paris", "windows", [w(17, "15:00", "15:30", PAR)])
    fr("Lundi je ne peux pas, mais mardi en fin de journée c'est possible.", "windows", [w(17, "16:00", "18:00", PAR)])
    fr("lun. ou mar. après 14h", "windows", [w(16, "14:00", "17:00", PAR), w(17, "14:00", "17:00", PAR)])
    fr("Toute la journée de mercredi", "windows", [w(18, "09:00", "17:00", PAR)])
    fr("Jeudi vers midi", "windows", [w(19, "12:00", "12:30", PAR)])
    fr("À 16h (votre heure) vendredi", "windows", [w(13, "16:00", "16:30", NY)])
    fr("Pas intéressé, merci.", "none")
    fr("Demain matin ou lundi après-midi", "windows", [w(13, "09:00", "12:00", PAR), w(16, "13:00", "17:00", PAR)])
    fr("Le 20/03 à 9h30 (mon heure)", "windows", [w(20, "09:30", "10:00", PAR)])
    fr("Est-ce que mercredi 18 à 10h vous conviendrait ?", "windows", [w(18, "10:00", "10:30", PAR)], blind=True)
    fr("Je serai dispo jeudi prochain entre 13h et 15h.", "windows", [w(19, "13:00", "15:00", PAR)], blind=True)
    fr("Mardi vers 14h, si possible.", "windows", [w(17, "14:00", "14:30", PAR)], blind=True)
    fr("Cette semaine c'est compliqué ; la semaine prochaine n'importe quand sauf lundi.", "windows", days(17, 20, "09:00", "17:00", PAR), blind=True)
    fr("Je vous propose vendredi 13 mars à 11h.", "windows", [w(13, "11:00", "11:30", PAR)], blind=True)
    fr("Envoyez-moi votre lien de réservation.", "none", blind=True)
    fr("Lundi 16 entre 10h et midi", "windows", [w(16, "10:00", "12:00", PAR)], blind=True)
    fr("Demain, 17h30 ?", "windows", [w(13, "17:30", "18:00", PAR)], blind=True)

    # Spanish (Madrid; a few Mexico City)
    es = lambda text, kind, windows=(), tz=MAD, **k: add("es", text, kind, windows, tz, **k)
    es("El martes a las 10 me viene bien.", "windows", [w(17, "10:00", "10:30", MAD)])
    es("Puedo el lunes por la tarde.", "windows", [w(16, "13:00", "17:00", MAD)])
    es("¿Qué tal el miércoles entre las 3 y las 5?", "windows", [w(18, "15:00", "17:00", MAD)])
    es("Mañana por la mañana estoy libre.", "windows", [w(13, "09:00", "12:00", MAD)])
    es("La semana que viene cualquier día excepto el viernes.", "windows", days(16, 19, "09:00", "17:00", MAD))
    es("Pasado mañana a las 12", "windows", [w(12, "12:00", "12:30", MAD)], recv=R2)
    es("El 17 de marzo a las 16:00", "windows", [w(17, "16:00", "16:30", MAD)])
    es("Jueves 19/03 de 10 a 11", "windows", [w(19, "10:00", "11:00", MAD)])
    es("El viernes a las 4 de la tarde", "windows", [w(13, "16:00", "16:30", MAD)])
    es("El próximo martes a las 11, hora de Madrid", "windows", [w(17, "11:00", "11:30", MAD)])
    es("El lunes no puedo, pero el martes después de las 2 sí.", "windows", [w(17, "14:00", "17:00", MAD)])
    es("Lunes o martes a partir de las 15h", "windows", [w(16, "15:00", "17:00", MAD), w(17, "15:00", "17:00", MAD)])
    es("El miércoles todo el día", "windows", [w(18, "09:00", "17:00", MAD)])
    es("Mañana a las 9 y media", "windows", [w(13, "09:30", "10:00", MAD)])
    es("El jueves a las 10 hora de México", "windows", [w(19, "10:00", "10:30", MEX)])
    es("No me interesa, gracias.", "none")
    es("El martes a las 10 mi hora", "windows", [w(17, "10:00", "10:30", MEX)], tz=MEX, host=MAD)
    es("Mañana antes de las 12", "windows", [w(13, "09:00", "12:00", MAD)])
    es("¿Le parece bien el jueves a las 11:30?", "windows", [w(19, "11:30", "12:00", MAD)], blind=True)
    es("Estoy disponible el lunes 16 por la mañana.", "windows", [w(16, "09:00", "12:00", MAD)], blind=True)
    es("Podríamos hablar el miércoles de 4 a 5.", "windows", [w(18, "16:00", "17:00", MAD)], blind=True)
    es("El viernes estoy ocupado; el lunes a mediodía me va bien.", "windows", [w(16, "12:00", "12:30", MAD)], blind=True)
    es("Cualquier tarde de la semana que viene.", "windows", days(16, 20, "13:00", "17:00", MAD), blind=True)
    es("Mándame tu enlace de calendario y reservo.", "none", blind=True)
    es("El 20 a las 9", "windows", [w(20, "09:00", "09:30", MAD)], blind=True)
    es("Mañana sobre las 5", "windows", [w(13, "17:00", "17:30", MAD)], blind=True)

    # Portuguese (Lisbon; a few São Paulo)
    pt = lambda text, kind, windows=(), tz=LIS, **k: add("pt", text, kind, windows, tz, **k)
    pt("Terça às 14h está ótimo.", "windows", [w(17, "14:00", "14:30", LIS)])
    pt("Posso na segunda de manhã.", "windows", [w(16, "09:00", "12:00", LIS)])
    pt("Quarta-feira entre 14h e 16h?", "windows", [w(18, "14:00", "16:00", LIS)])
    pt("Amanhã à tarde estou livre.", "windows", [w(13, "13:00", "17:00", LIS)])
    pt("Semana que vem, menos sexta.", "windows", days(16, 19, "09:00", "17:00", LIS))
    pt("Depois de amanhã às 10h", "windows", [w(12, "10:00", "10:30", LIS)], recv=R2)
    pt("Dia 17 de março às 11h", "windows", [w(17, "11:00", "11:30", LIS)])
    pt("Quinta, 19/03, das 10h às 11h", "windows", [w(19, "10:00", "11:00", SAO)], tz=SAO)
    pt("Sexta às 9h30", "windows", [w(13, "09:30", "10:00", LIS)])
    pt("Na próxima terça às 15h, horário de Brasília", "windows", [w(17, "15:00", "15:30", SAO)], tz=SAO)
    pt("Segunda não dá, mas terça depois das 15h pode ser.", "windows", [w(17, "15:00", "17:00", LIS)])
    pt("Segunda ou terça a partir das 14h", "windows", [w(16, "14:00", "17:00", LIS), w(17, "14:00", "17:00", LIS)])
    pt("Quarta o dia todo", "windows", [w(18, "09:00", "17:00", LIS)])
    pt("Amanhã ao meio-dia", "windows", [w(13, "12:00", "12:30", LIS)])
    pt("Quinta às 10h no meu horário", "windows", [w(19, "10:00", "10:30", SAO)], tz=SAO)
    pt("Não tenho interesse, obrigado.", "none")
    pt("Esta é a segunda vez que escrevo: não tenho disponibilidade.", "none")
    pt("Sexta antes das 12h", "windows", [w(13, "09:00", "12:00", LIS)])
    pt("Pode ser na quinta-feira às 11h?", "windows", [w(19, "11:00", "11:30", LIS)], blind=True)
    pt("Tenho disponibilidade na terça 17 à tarde.", "windows", [w(17, "13:00", "17:00", LIS)], blind=True)
    pt("Que tal quarta das 15h às 16h30?", "windows", [w(18, "15:00", "16:30", LIS)], blind=True)
    pt("Na segunda estou em viagem, mas quarta de manhã funciona.", "windows", [w(18, "09:00", "12:00", LIS)], blind=True)
    pt("Qualquer manhã da semana que vem.", "windows", days(16, 20, "09:00", "12:00", LIS), blind=True)
    pt("Me manda uns horários que eu vejo.", "none", blind=True)
    pt("Dia 20 às 16h", "windows", [w(20, "16:00", "16:30", LIS)], blind=True)
    pt("Amanhã lá pelas 15h", "windows", [w(13, "15:00", "15:30", SAO)], tz=SAO, blind=True)

    # Dutch (Amsterdam)
    nl = lambda text, kind, windows=(), tz=AMS, **k: add("nl", text, kind, windows, tz, **k)
    nl("Dinsdag om 14.00 uur komt mij goed uit.", "windows", [w(17, "14:00", "14:30", AMS)])
    nl("Maandagochtend heb ik tijd.", "windows", [w(16, "09:00", "12:00", AMS)])
    nl("Woensdag tussen 14 en 16 uur?", "windows", [w(18, "14:00", "16:00", AMS)])
    nl("Morgen na 13 uur ben ik bereikbaar.", "windows", [w(13, "13:00", "17:00", AMS)])
    nl("Volgende week, behalve vrijdag.", "windows", days(16, 19, "09:00", "17:00", AMS))
    nl("Overmorgen om 11 uur", "windows", [w(12, "11:00", "11:30", AMS)], recv=R2)
    nl("Op 17 maart om 10 uur", "windows", [w(17, "10:00", "10:30", AMS)])
    nl("Donderdag 19/3 's middags", "windows", [w(19, "13:00", "17:00", AMS)])
    nl("Vrijdag van 9 tot 10 uur", "windows", [w(13, "09:00", "10:00", AMS)])
    nl("Volgende dinsdag om 15 uur Nederlandse tijd", "windows", [w(17, "15:00", "15:30", AMS)])
    nl("Maandag kan ik niet, maar dinsdag 's ochtends wel.", "windows", [w(17, "09:00", "12:00", AMS)])
    nl("Ma of di na 15 uur", "windows", [w(16, "15:00", "17:00", AMS), w(17, "15:00", "17:00", AMS)])
    nl("Woensdag de hele dag", "windows", [w(18, "09:00", "17:00", AMS)])
    nl("Donderdag rond 12 uur", "windows", [w(19, "12:00", "12:30", AMS)])
    nl("Om 16 uur mijn tijd op vrijdag", "windows", [w(13, "16:00", "16:30", AMS)])
    nl("Geen interesse, bedankt.", "none")
    nl("Dinsdag om 10 uur jouw tijd", "windows", [w(17, "10:00", "10:30", NY)])
    nl("Morgenochtend of maandagmiddag", "windows", [w(13, "09:00", "12:00", AMS), w(16, "13:00", "17:00", AMS)])
    nl("Zou donderdag om half elf kunnen?", "windows", [w(19, "10:30", "11:00", AMS)], blind=True)
    nl("Ik ben volgende week woensdag de hele middag vrij.", "windows", [w(18, "13:00", "17:00", AMS)], blind=True)
    nl("Vrijdag na de lunch?", "windows", [w(13, "13:00", "17:00", AMS)], blind=True)
    nl("Dinsdag lukt niet, woensdag tussen 9 en 11 wel.", "windows", [w(18, "09:00", "11:00", AMS)], blind=True)
    nl("Deze week zit vol, maar maandag 16 maart om 14 uur kan.", "windows", [w(16, "14:00", "14:30", AMS)], blind=True)
    nl("Stuur maar een paar opties.", "none", blind=True)
    nl("Op de 20e om 9 uur", "windows", [w(20, "09:00", "09:30", AMS)], blind=True)
    nl("Morgen tussen de middag", "windows", [w(13, "12:00", "13:00", AMS)], blind=True)

    # blind2: written after the lexicons were frozen (none of their cases was looked at before measuring them once)
    b2 = lambda lang, text, kind, windows=(), tz=None: out.append((lang, "blind2", text, R1, tz, NY, kind, list(windows)))
    b2("de", "Hätten Sie am Freitag, den 20. März, um 14:30 Uhr Zeit?", "windows", [w(20, "14:30", "15:00", BER)], BER)
    b2("de", "Ich könnte Montag oder Mittwoch jeweils ab 15 Uhr.", "windows", [w(16, "15:00", "17:00", BER), w(18, "15:00", "17:00", BER)], BER)
    b2("de", "Diese Woche klappt es nicht mehr, aber nächsten Mittwoch um 9 Uhr wäre gut.", "windows", [w(18, "09:00", "09:30", BER)], BER)
    b2("de", "Bei mir ginge Dienstag zwischen 13 und 14:30 Uhr.", "windows", [w(17, "13:00", "14:30", BER)], BER)
    b2("de", "Termin gerne am 25.03. vormittags.", "windows", [w(25, "09:00", "12:00", BER)], BER)
    b2("de", "Leider bin ich die ganze Woche unterwegs.", "none", tz=BER)
    b2("fr", "Je suis libre jeudi 19 mars de 14h à 15h.", "windows", [w(19, "14:00", "15:00", PAR)], PAR)
    b2("fr", "Mercredi matin ou vendredi après-midi, comme vous préférez.", "windows", [w(18, "09:00", "12:00", PAR), w(13, "13:00", "17:00", PAR)], PAR)
    b2("fr", "Pourrions-nous faire ça le 24 à 10h30 ?", "windows", [w(24, "10:30", "11:00", PAR)], PAR)
    b2("fr", "Demain je suis pris, mais lundi à partir de 11h c'est bon.", "windows", [w(16, "11:00", "17:00", PAR)], PAR)
    b2("fr", "Je préfère en fin de matinée, mardi vers 11h.", "windows", [w(17, "11:00", "11:30", PAR)], PAR)
    b2("fr", "Pas dispo avant avril, désolé.", "none", tz=PAR)
    b2("es", "¿Te viene bien el martes 17 a las 12:30?", "windows", [w(17, "12:30", "13:00", MAD)], MAD)
    b2("es", "Mejor el jueves por la tarde, a partir de las 4.", "windows", [w(19, "16:00", "17:00", MAD)], MAD)
    b2("es", "Estoy libre mañana entre las 10 y las 11:30.", "windows", [w(13, "10:00", "11:30", MAD)], MAD)
    b2("es", "La próxima semana el miércoles o el jueves a las 9.", "windows", [w(18, "09:00", "09:30", MAD), w(19, "09:00", "09:30", MAD)], MAD)
    b2("es", "El 23 de marzo todo el día.", "windows", [w(23, "09:00", "17:00", MAD)], MAD)
    b2("es", "Ahora mismo no tengo tiempo, escríbeme en abril.", "none", tz=MAD)
    b2("pt", "Consigo na terça, dia 17, às 16h.", "windows", [w(17, "16:00", "16:30", LIS)], LIS)
    b2("pt", "Quinta ou sexta de manhã, o que for melhor.", "windows", [w(19, "09:00", "12:00", LIS), w(13, "09:00", "12:00", LIS)], LIS)
    b2("pt", "Amanhã entre 10h e 11h30 fica bom.", "windows", [w(13, "10:00", "11:30", LIS)], LIS)
    b2("pt", "Semana que vem na quarta às 14h30.", "windows", [w(18, "14:30", "15:00", LIS)], LIS)
    b2("pt", "Dia 24 de março, qualquer horário.", "windows", [w(24, "09:00", "17:00", LIS)], LIS)
    b2("pt", "No momento não tenho agenda, me procure em maio.", "none", tz=LIS)
    b2("nl", "Kan je vrijdag 20 maart om 11.30 uur?", "windows", [w(20, "11:30", "12:00", AMS)], AMS)
    b2("nl", "Dinsdag of woensdag na 14 uur lukt bij mij.", "windows", [w(17, "14:00", "17:00", AMS), w(18, "14:00", "17:00", AMS)], AMS)
    b2("nl", "Morgen tussen 10 en 12 uur ben ik beschikbaar.", "windows", [w(13, "10:00", "12:00", AMS)], AMS)
    b2("nl", "Volgende week donderdag 's ochtends.", "windows", [w(19, "09:00", "12:00", AMS)], AMS)
    b2("nl", "Op 24 maart de hele dag.", "windows", [w(24, "09:00", "17:00", AMS)], AMS)
    b2("nl", "Ik heb momenteel geen tijd, mail me in april.", "none", tz=AMS)
    return out
