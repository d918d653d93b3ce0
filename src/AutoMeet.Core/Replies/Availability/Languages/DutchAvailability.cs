namespace AutoMeet.Replies.Availability.Languages;

/// <summary>Dutch availability words. "morgen" is tomorrow ("'s morgens" is morning); "niet" after the day negates the clause.</summary>
internal static class DutchAvailability
{
    /// <summary>Gets the table.</summary>
    public static LanguageTable Table { get; } = new(
        "nl",
        [
            "maandag|maandags|ma? => monday", "dinsdag|dinsdags|di? => tuesday", "woensdag|woensdags|wo? => wednesday",
            "donderdag|donderdags|do? => thursday", "vrijdag|vrijdags|vr? => friday", "zaterdag|za? => saturday", "zondag|zo? => sunday",
            "januari|jan. => january", "februari|feb. => february", "maart|mrt. => march", "april|apr. => april", "mei => may",
            "juni|jun. => june", "juli|jul. => july", "augustus|aug. => august", "september|sept.|sep. => september",
            "oktober|okt. => october", "november|nov. => november", "december|dec. => december",
            "vandaag => today", "morgen => _morgen", "overmorgen => day after tomorrow", "gisteren|eergisteren => yesterday",
            "vorige|afgelopen => last",
            "volgende|komende week => next week", "deze week => this week", "volgende|komende => next", "deze|dit => this",
            "begin volgende maand => early next month",
            "over|in # weken => in # weeks", "over|in twee weken => in 2 weeks", "over|in drie weken => in 3 weeks",
            "de week van de # => week of the # th", "week van de # => week of the # th",
            "s ochtends|morgens => morning", "sochtends|smorgens|ochtend|ochtends => morning", "in de ochtend|morgen => morning",
            "s middags => afternoon", "smiddags|middag|middags|namiddag => afternoon", "in de middag => afternoon",
            "de hele middag => afternoon", "de hele ochtend => morning",
            "tussen de middag => lunch", "lunch|lunchtijd => lunch", "na de lunch => after lunch", "rond lunchtijd => lunch",
            "aan het eind|einde van de dag => end of day", "eind|einde van de dag => end of day", "aan het einde van de middag => end of day",
            "de hele dag => all day", "hele dag => all day", "wanneer dan ook => anytime",
            "om => at", "rond|omstreeks|rondom => around", "tussen => between", "en => and", "of => or", "tot => until",
            "van # => from #", "vanaf => after", "na # => after #", "voor # => before #", "uiterlijk => before",
            "behalve|uitgezonderd => except", "niet => _not", "lukt niet => _not", "zit vol => _busy", "bezet|volgeboekt => _busy",
            "maar => but", "anders => otherwise",
            "op => _day", "de|het|een => ",
            "# minuten|min => # minutes", "een uur => for an hour", "een half uur => half an hour", "half uur => half an hour",
            "om een uur => at 1 oclock",
            "nederlandse|amsterdamse tijd => cet", "mijn tijd => my time", "lokale tijd => my time", "jouw|uw tijd => your time",
            "half => _half",
        ],
        ["s", "uur", "na", "om", "tot", "van", "op", "ik", "het", "een", "niet", "ben", "kan", "heb", "wij", "we", "mij", "goed", "uit", "komt", "graag", "bedankt", "wel", "tijd",
         "maar", "zou", "kunnen", "vrij", "stuur", "paar", "opties", "lukt", "zit", "bereikbaar", "geen"],
        numberWords: ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]);
}
