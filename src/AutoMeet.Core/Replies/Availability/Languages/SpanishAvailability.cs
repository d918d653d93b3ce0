namespace AutoMeet.Replies.Availability.Languages;

/// <summary>Spanish availability words. "mañana" is tomorrow, but morning after "la", "por" or "de"; "no" negates the clause.</summary>
internal static class SpanishAvailability
{
    /// <summary>Gets the table.</summary>
    public static LanguageTable Table { get; } = new(
        "es",
        [
            "lunes|lun. => monday", "martes|mar? => tuesday", "miércoles|miercoles|mié.|mie. => wednesday", "jueves|jue. => thursday",
            "viernes|vie. => friday", "sábado|sabado|sábados|sabados|sáb. => saturday", "domingo|domingos|dom. => sunday",
            "enero|ene. => january", "febrero => february", "marzo => march", "abril|abr. => april", "mayo => may", "junio => june",
            "julio => july", "agosto|ago. => august", "septiembre|setiembre|sept. => september", "octubre|oct. => october",
            "noviembre|nov. => november", "diciembre|dic. => december",
            "hoy => today", "mañana|manana => tomorrow", "pasado mañana|manana => day after tomorrow", "ayer|anteayer => yesterday",
            "mañana|manana por|en la mañana|manana => tomorrow morning", "esta mañana|manana => today morning",
            "pasado|pasada => _last",
            "la semana que viene => next week", "la próxima|proxima semana => next week", "la semana próxima|proxima => next week",
            "semana que viene => next week", "próxima|proxima semana => next week", "esta semana => this week",
            "que viene => _next", "próximo|proximo|próxima|proxima => next", "este|esta => this",
            "a principios del mes que viene => early next month", "a principios del próximo|proximo mes => early next month",
            "principios del mes que viene => early next month",
            "en # semanas => in # weeks", "dentro de # semanas => in # weeks", "en dos semanas => in 2 weeks",
            "dentro de dos semanas => in 2 weeks", "en tres semanas => in 3 weeks",
            "la semana del # => week of the # th", "semana del # => week of the # th",
            "por|en|de la mañana|manana => morning", "la mañana|manana => morning",
            "por|en|de la tarde => afternoon", "tarde|tardes => afternoon", "mediodía|mediodia => noon", "al mediodía|mediodia => at noon",
            "a mediodía|mediodia => at noon", "almuerzo|comida => lunch", "a la hora de comer|almorzar => lunch", "hora de comer => lunch",
            "después|despues de comer|almorzar => after lunch", "después|despues del almuerzo => after lunch",
            "al final del día|dia => end of day", "a última|ultima hora => end of day", "final del día|dia => end of day",
            "todo el día|dia => all day", "a cualquier hora => anytime", "cualquier hora|momento => anytime", "cualquier día|dia => ",
            "a las|la => at", "a => _at", "sobre las|la => around", "hacia las|la => around", "alrededor de las|la => around",
            "entre las|la => between", "entre => between", "y las|la => and", "y => and", "o => or", "u => or",
            "hasta las|la => until", "hasta => until", "de|desde # => from #", "de|desde las|la # => from #",
            "a partir de las|la => after", "a partir de => after", "después|despues de las|la => after", "después|despues de => after",
            "antes de las|la => before", "antes de => before", "antes => before",
            "excepto|salvo|menos => except", "no => _not", "ocupado|ocupada|ocupados => _busy", "no puedo => _not",
            "pero|sino => but", "si no => otherwise",
            "el|día|dia => _day", "la|los|las|del|de => ",
            "# minutos|min => # minutes", "una hora => for an hour", "media hora => half an hour",
            "hora de madrid|españa|espana => cet", "hora española|espanola|peninsular => cet",
            "hora de méxico|mexico => tz=America/Mexico_City", "hora del centro de méxico|mexico => tz=America/Mexico_City",
            "hora de ciudad de méxico|mexico => tz=America/Mexico_City", "hora de bogotá|bogota|colombia => tz=America/Bogota",
            "hora de buenos aires|argentina => tz=America/Argentina/Buenos_Aires", "hora de santiago|chile => tz=America/Santiago",
            "hora de lima|perú|peru => tz=America/Lima", "hora del este => tz=America/New_York",
            "mi hora => my time", "hora local => my time", "su|tu hora => your time",
        ],
        ["yo", "estoy", "puedo", "me", "para", "que", "qué", "con", "gracias", "bien", "libre", "disponible", "podríamos", "podemos",
         "parece", "viene", "va", "tal", "sí", "pero", "estaré", "nos", "usted", "hablar", "cualquier", "mándame", "enlace", "reservo"],
        clockRules: ["# y media => # : 30", "# y cuarto => # : 15", "# menos cuarto => # : 45", "# de la tarde|noche => # pm",
            "# de la mañana|manana => # am", "# horas => # oclock"]);
}
