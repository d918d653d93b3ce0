namespace AutoMeet.Google.People;

/// <summary>Where a contact was found.</summary>
public enum ContactSource
{
    /// <summary>The user's own contacts (<c>people.searchContacts</c>).</summary>
    Contacts = 0,

    /// <summary>The "other contacts" Gmail collects from correspondence (<c>otherContacts.search</c>).</summary>
    OtherContacts = 1,
}
