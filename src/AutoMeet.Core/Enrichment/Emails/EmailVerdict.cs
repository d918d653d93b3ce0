namespace AutoMeet.Enrichment.Emails;

/// <summary>Represents how safe it is to send to an address, worst first when several findings apply: Undeliverable, Unknown, Risky, Deliverable.</summary>
public enum EmailVerdict
{
    /// <summary>The syntax is valid and the domain accepts mail; nothing risky was found.</summary>
    Deliverable = 0,

    /// <summary>Mail would probably be delivered but should not be sent blindly (role account, disposable domain, catch-all suspected…).</summary>
    Risky = 1,

    /// <summary>The domain could not be checked (DNS timed out or failed, or the check was not run); try again later.</summary>
    Unknown = 2,

    /// <summary>Mail cannot be delivered: invalid syntax, the domain does not exist, or it publishes no mail server or a null MX.</summary>
    Undeliverable = 3,
}
