namespace AutoMeet.Google.OAuth;

/// <summary>Maps AutoMeet features to the minimum Google OAuth scopes, for incremental consent.</summary>
public static class GoogleScopes
{
    /// <summary>The prefix every Google API scope starts with.</summary>
    public const string Prefix = "https://www.googleapis.com/auth/";

    /// <summary>Scope to send mail.</summary>
    public const string GmailSend = Prefix + "gmail.send";

    /// <summary>Scope to read mail, history and watch the mailbox.</summary>
    public const string GmailReadonly = Prefix + "gmail.readonly";

    /// <summary>Scope to read free/busy time.</summary>
    public const string CalendarFreeBusy = Prefix + "calendar.freebusy";

    /// <summary>Scope to create, patch and delete events (including Meet conferences).</summary>
    public const string CalendarEvents = Prefix + "calendar.events";

    /// <summary>Scope to read contacts.</summary>
    public const string ContactsReadonly = Prefix + "contacts.readonly";

    /// <summary>Scope to read the "other contacts" Gmail collects from correspondence.</summary>
    public const string ContactsOtherReadonly = Prefix + "contacts.other.readonly";

    /// <summary>The OpenID Connect scopes every sign-in asks for.</summary>
    public static IReadOnlyList<string> SignIn { get; } = ["openid", "email", "profile"];

    /// <summary>Returns the minimum scopes for a set of features, sign-in scopes first, without duplicates.</summary>
    /// <param name="features">The features.</param>
    /// <returns>The scopes, in a stable order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="features"/> has bits that are not features.</exception>
    public static IReadOnlyList<string> For(GoogleFeatures features)
    {
        if ((features & ~GoogleFeatures.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(features), features, "Unknown Google feature flags.");
        }

        var scopes = new List<string>(SignIn);
        Add(scopes, features, GoogleFeatures.SendMail, GmailSend);
        Add(scopes, features, GoogleFeatures.ReadReplies, GmailReadonly);
        Add(scopes, features, GoogleFeatures.ReadAvailability, CalendarFreeBusy);
        Add(scopes, features, GoogleFeatures.BookMeetings, CalendarEvents);
        Add(scopes, features, GoogleFeatures.ReadContacts, ContactsReadonly);
        Add(scopes, features, GoogleFeatures.ReadContacts, ContactsOtherReadonly);
        return scopes;
    }

    /// <summary>Returns the features a granted scope string covers (users may untick scopes on Google's consent screen).</summary>
    /// <param name="grantedScopes">The space-separated <c>scope</c> value of a token response.</param>
    /// <returns>The features whose every scope was granted.</returns>
    public static GoogleFeatures Granted(string? grantedScopes)
    {
        var granted = (grantedScopes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var result = GoogleFeatures.None;
        foreach (var feature in new[] { GoogleFeatures.SendMail, GoogleFeatures.ReadReplies, GoogleFeatures.ReadAvailability, GoogleFeatures.BookMeetings, GoogleFeatures.ReadContacts })
        {
            // Broader scopes cover narrower ones: calendar.events also reads free/busy, gmail.modify also reads.
            if (For(feature).Skip(SignIn.Count).All(s => granted.Contains(s) || Broader(s).Any(granted.Contains)))
            {
                result |= feature;
            }
        }

        return result;
    }

    private static IEnumerable<string> Broader(string scope) => scope switch
    {
        GmailReadonly => [Prefix + "gmail.modify", "https://mail.google.com/"],
        GmailSend => [Prefix + "gmail.modify", "https://mail.google.com/"],
        CalendarFreeBusy => [CalendarEvents, Prefix + "calendar", Prefix + "calendar.readonly"],
        CalendarEvents => [Prefix + "calendar"],
        _ => [],
    };

    private static void Add(List<string> scopes, GoogleFeatures features, GoogleFeatures feature, string scope)
    {
        if ((features & feature) != 0)
        {
            scopes.Add(scope);
        }
    }
}
