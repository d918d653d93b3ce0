namespace AutoMeet.Replies.Availability.Languages;

/// <summary>German availability words. "morgen" is tomorrow, but morning after "am", "heute" or a weekday ("Dienstagmorgen").</summary>
internal static class GermanAvailability
{
    /// <summary>Gets the table.</summary>
    public static LanguageTable Table { get; } = new(
        "de",
        [
            "montag|montags|mo? => monday", "dienstag|dienstags|di? => tuesday", "mittwoch|mittwochs|mi? => wednesday",
            "donnerstag|donnerstags|do? => thursday", "freitag|freitags|fr? => friday", "samstag|samstags|sonnabend|sa? => saturday",
            "sonntag|sonntags => sunday",
            "januar|jänner|jan. => january", "februar|feb. => february", "märz|maerz|marz|mär. => march", "april|apr. => april",
            "mai => may", "juni|jun. => june", "juli|jul. => july", "august|aug. => august", "september|sept.|sep. => september",
            "oktober|okt. => october", "november|nov. => november", "dezember|dez. => december",
            "heute => today", "morgen => _morgen", "morgen früh|frueh => tomorrow morning", "übermorgen|uebermorgen => day after tomorrow",
            "gestern|vorgestern => yesterday", "letzten|letzte|letzter|vergangenen|vergangene => last",
            "nächste|naechste|nachste|kommende woche => next week", "in der nächsten|naechsten|nachsten|kommenden woche => next week",
            "nächster|naechster|nachster woche => next week", "diese woche => this week", "dieser woche => this week",
            "nächsten|naechsten|nachsten|nächste|naechste|nachste|kommenden|kommende => next",
            "diesen|diese|dieser|diesem => this",
            "anfang nächsten|naechsten|nachsten|kommenden monats|monat => early next month",
            "in # wochen => in # weeks", "in zwei wochen => in 2 weeks", "in drei wochen => in 3 weeks",
            "die|der woche vom|ab # => week of the # th", "woche vom # => week of the # th",
            "vormittag|vormittags|morgens|früh|frueh|fruh => morning", "am morgen|vormittag => morning",
            "nachmittag|nachmittags => afternoon", "am nachmittag => afternoon",
            "mittag|mittags|mittagszeit|mittagspause|mittagessen => lunch", "zur mittagszeit => lunch", "nach dem mittagessen => after lunch",
            "gegen|am ende des tages => end of day", "ende des tages => end of day", "feierabend => end of day",
            "den ganzen tag => all day", "ganzen tag => all day", "den ganzen => all day", "ganztägig|ganztaegig|ganztagig|ganztags => all day",
            "jederzeit => anytime", "egal wann => anytime",
            "um => at", "gegen => around", "ca. => around", "zwischen => between", "und => and", "oder => or", "bis => until",
            "von # => from #", "ab => after", "nach # => after #", "vor # => before #", "spätestens|spaetestens => before",
            "außer|ausser|auser|ausgenommen => except", "nicht => _not", "keine zeit => _not", "verhindert|unterwegs|belegt|ausgebucht => _busy",
            "aber|doch|sondern|jedoch => but", "sonst|ansonsten => otherwise",
            "am|den|dem|vom|zum => _day", "der|die|das => ",
            "# minuten => # minutes", "für|fuer eine stunde => for an hour", "eine stunde => for an hour", "eine halbe stunde => half an hour",
            "halbe stunde => half an hour", "# stunden => # hours", "# stunde => # hour",
            "mez|mesz|cet => cet", "deutscher|deutsche|deutschen zeit => cet", "meiner|meine zeit => my time", "ortszeit => my time",
            "ihrer|ihre|deiner|deine zeit => your time",
            "uk-zeit|britischer => tz=Europe/London", "halb => _half",
        ],
        ["am", "uhr", "ich", "und", "ist", "mir", "passt", "geht", "bei", "wir", "sie", "bin", "habe", "hätte", "gerne", "leider", "uhr", "wäre", "zeit",
         "nicht", "auch", "gut", "mit", "danke", "können", "könnten", "kein", "keine", "einfach", "schon", "paar", "bitte"],
        numberWords: ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]);
}
