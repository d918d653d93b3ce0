namespace AutoMeet.Accounts;

/// <summary>Represents the provider behind a connected account.</summary>
public enum MailProvider
{
    /// <summary>The in-process sandbox provider (demos and tests).</summary>
    Sandbox = 0,

    /// <summary>Google: Gmail and Google Calendar.</summary>
    Google = 1,
}
