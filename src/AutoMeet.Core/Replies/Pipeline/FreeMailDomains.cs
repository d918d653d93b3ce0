using System.Collections.Frozen;

namespace AutoMeet.Replies.Pipeline;

/// <summary>Public mailbox providers: prospects on these domains do not share a company, so a reply never stops the others.</summary>
internal static class FreeMailDomains
{
    private static readonly FrozenSet<string> Domains = new[]
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com", "msn.com",
        "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "pm.me", "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de", "freenet.de",
        "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "libero.it", "virgilio.it", "mail.ru", "yandex.ru",
        "yandex.com", "qq.com", "163.com", "126.com", "naver.com", "zoho.com", "fastmail.com", "hey.com", "tutanota.com",
        "bol.com.br", "uol.com.br", "terra.com.br", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be", "skynet.be",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the lower-case domain of an address, or <see langword="null"/> when it has none.</summary>
    public static string? DomainOf(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at <= 0 || at == address!.Length - 1 ? null : address[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>Gets whether the domain belongs to a public mailbox provider.</summary>
    public static bool IsFreeMail(string domain) => Domains.Contains(domain);
}
