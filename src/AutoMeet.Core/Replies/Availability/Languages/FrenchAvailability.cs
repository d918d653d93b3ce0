namespace AutoMeet.Replies.Availability.Languages;

/// <summary>French availability words. "prochain" follows the weekday ("mardi prochain"); "ne … pas" negates the clause.</summary>
internal static class FrenchAvailability
{
    /// <summary>Gets the table.</summary>
    public static LanguageTable Table { get; } = new(
        "fr",
        [
            "lundi|lundis|lun. => monday", "mardi|mardis|mar? => tuesday", "mercredi|mercredis|mer. => wednesday",
            "jeudi|jeudis|jeu. => thursday", "vendredi|vendredis|ven. => friday", "samedi|samedis|sam. => saturday",
            "dimanche|dimanches|dim. => sunday",
            "janvier|janv. => january", "février|fevrier|févr.|fevr. => february", "mars => march", "avril|avr. => april", "mai => may",
            "juin => june", "juillet|juil. => july", "août|aout => august", "septembre => september", "octobre => october",
            "novembre => november", "décembre|decembre|déc.|dec. => december",
            "aujourdhui|aujourd => today", "demain => tomorrow", "après|apres - demain => day after tomorrow",
            "après-demain|apres-demain|aprèsdemain|apresdemain => day after tomorrow", "hier|avant-hier => yesterday",
            "dernier|dernière|derniere => _last",
            "la semaine prochaine => next week", "semaine prochaine => next week", "cette semaine => this week",
            "prochain|prochaine => _next", "ce|cette => this",
            "début|debut du mois prochain => early next month",
            "dans # semaines => in # weeks", "dans deux semaines => in 2 weeks", "dans trois semaines => in 3 weeks",
            "la semaine du # => week of the # th", "semaine du # => week of the # th",
            "matin|matinée|matinee => morning", "le matin => morning", "dans la matinée|matinee => morning", "en matinée|matinee => morning",
            "après|apres - midi => afternoon", "lapres|laprès - midi => afternoon", "aprèsmidi|apresmidi|lapresmidi|laprèsmidi => afternoon",
            "en début dapres|daprès - midi => afternoon",
            "en fin de journée|journee => end of day", "fin de journée|journee => end of day", "en fin dapres|daprès - midi => end of day",
            "fin daprès|dapres - midi => end of day",
            "midi => noon", "déjeuner|dejeuner => lunch", "à lheure du déjeuner|dejeuner => lunch", "après le déjeuner|dejeuner => after lunch",
            "apres le dejeuner => after lunch",
            "toute la journée|journee => all day", "nimporte quand => anytime", "à tout moment => anytime",
            "à|a => _at", "vers => around", "aux alentours de => around", "entre => between", "et => and", "ou => or",
            "jusquà|jusqua|jusqu => until", "de # => from #", "à partir de|d => after", "a partir de|d => after", "dès|des # => after #",
            "après|apres => after", "avant => before",
            "sauf|excepté|excepte|hormis => except", "pas => _not", "ne|n => ", "indisponible|pris|prise|occupé|occupe|occupée => _busy",
            "mais|cependant => but", "sinon => otherwise",
            "le|l => _day", "la|les|du|des|d|est|dont|mon|ma => ",
            "# minutes => # minutes", "pendant|pour|durant une heure => for an hour", "une demi - heure => half an hour",
            "une demi-heure|demi-heure => half an hour", "demi - heure => half an hour",
            "heure de paris|france => cet", "heure française|francaise => cet", "heure de lest => tz=America/New_York",
            "mon|ma heure => my time", "heure locale => my time", "votre|ton heure => your time", "heure de londres => tz=Europe/London",
        ],
        ["je", "suis", "nous", "vous", "est", "cest", "ça", "ca", "va", "me", "pour", "avec", "merci", "disponible", "dispo", "serai",
         "peux", "pas", "possible", "propose", "conviendrait", "plutôt", "bien", "oui", "mais", "si", "une", "un", "heure", "sera"],
        clockRules: ["# heures|heure # => # : #", "# heure|heures => # oclock", "# h et demie => # : 30", "# heures et demie => # : 30",
            "# h et quart => # : 15"]);
}
