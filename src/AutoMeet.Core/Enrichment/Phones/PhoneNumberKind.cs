namespace AutoMeet.Enrichment.Phones;

/// <summary>Represents the kind of line a phone number belongs to, as libphonenumber's metadata tells.</summary>
public enum PhoneNumberKind
{
    /// <summary>The kind is not known (or the number is invalid).</summary>
    Unknown = 0,

    /// <summary>A fixed (landline) number.</summary>
    FixedLine,

    /// <summary>A mobile number.</summary>
    Mobile,

    /// <summary>A number that may be fixed or mobile (the plan does not tell, as in the US).</summary>
    FixedLineOrMobile,

    /// <summary>A toll-free number.</summary>
    TollFree,

    /// <summary>A premium-rate number.</summary>
    PremiumRate,

    /// <summary>A shared-cost number.</summary>
    SharedCost,

    /// <summary>A voice-over-IP number.</summary>
    Voip,

    /// <summary>A personal number that forwards to other numbers.</summary>
    PersonalNumber,

    /// <summary>A pager number.</summary>
    Pager,

    /// <summary>A universal access number (a company's single number).</summary>
    Uan,

    /// <summary>A voicemail access number.</summary>
    Voicemail,
}
