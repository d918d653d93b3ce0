namespace AutoMeet.Sending;

/// <summary>Creates RFC 5322 Message-IDs on the sender's own domain (a Message-ID on a foreign domain hurts deliverability).</summary>
public static class MessageIds
{
    /// <summary>Creates a new, globally unique Message-ID (without angle brackets) on the domain of <paramref name="senderAddress"/>.</summary>
    /// <param name="senderAddress">The sending mailbox's address.</param>
    /// <returns>For example <c>0193a5…e1.am@example.com</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="senderAddress"/> has no domain.</exception>
    public static string New(string senderAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(senderAddress);
        var at = senderAddress.LastIndexOf('@');
        if (at <= 0 || at == senderAddress.Length - 1)
        {
            throw new ArgumentException($"The sender address '{senderAddress}' has no domain to put in a Message-ID.", nameof(senderAddress));
        }

        return $"{Guid.CreateVersion7():N}.am@{senderAddress[(at + 1)..].Trim().ToLowerInvariant()}";
    }
}
