namespace AutoMeet.Replies.Signals;

/// <summary>Month and weekday names (folded: lower case, no diacritics) in the supported languages.</summary>
internal static class CalendarWords
{
    /// <summary>Gets the month (1–12) a folded word names, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word) => word switch
    {
        "january" or "jan" or "januar" or "janvier" or "enero" or "ene" or "janeiro" or "januari" => 1,
        "february" or "feb" or "februar" or "fevrier" or "fev" or "febrero" or "fevereiro" or "februari" => 2,
        "march" or "mar" or "marz" or "mars" or "marzo" or "marco" or "maart" or "mrt" => 3,
        "april" or "apr" or "avril" or "avr" or "abril" or "abr" => 4,
        "may" or "mai" or "mayo" or "maio" or "mei" => 5,
        "june" or "jun" or "juni" or "juin" or "junio" or "junho" => 6,
        "july" or "jul" or "juli" or "juillet" or "julio" or "julho" => 7,
        "august" or "aug" or "aout" or "agosto" or "ago" or "augustus" => 8,
        "september" or "sep" or "sept" or "septembre" or "septiembre" or "setiembre" or "setembro" or "set" => 9,
        "october" or "oct" or "oktober" or "okt" or "octobre" or "octubre" or "outubro" or "out" => 10,
        "november" or "nov" or "novembre" or "noviembre" or "novembro" => 11,
        "december" or "dec" or "dezember" or "dez" or "decembre" or "diciembre" or "dic" or "dezembro" => 12,
        _ => 0,
    };

    /// <summary>Gets the ISO weekday (1 = Monday … 7 = Sunday) a folded word names, or 0.</summary>
    public static int Weekday(ReadOnlySpan<char> word) => word switch
    {
        "monday" or "montag" or "lundi" or "lunes" or "segunda" or "maandag" => 1,
        "tuesday" or "tue" or "tues" or "dienstag" or "mardi" or "martes" or "terca" or "dinsdag" => 2,
        "wednesday" or "wed" or "mittwoch" or "mercredi" or "miercoles" or "quarta" or "woensdag" => 3,
        "thursday" or "thu" or "thurs" or "donnerstag" or "jeudi" or "jueves" or "quinta" or "donderdag" => 4,
        "friday" or "fri" or "freitag" or "vendredi" or "viernes" or "sexta" or "vrijdag" => 5,
        "saturday" or "sat" or "samstag" or "samedi" or "sabado" or "zaterdag" => 6,
        "sunday" or "sun" or "sonntag" or "dimanche" or "domingo" or "zondag" => 7,
        _ => 0,
    };
}
