using AutoMeet.Accounts;

namespace AutoMeet.Google.People;

/// <summary>
/// Looks up what a connected account's own address book knows about a person, by e-mail address: name, organisation
/// and job title, for prospect enrichment. The Google implementation searches the user's contacts
/// (<c>people.searchContacts</c>) and then the "other contacts" Gmail collects from correspondence (<c>otherContacts.search</c>).
/// </summary>
/// <remarks>Safe for concurrent use. Needs the <see cref="OAuth.GoogleFeatures.ReadContacts"/> grant; a source the grant does not cover is skipped.</remarks>
public interface IContactLookup
{
    /// <summary>Finds the contact whose e-mail address is <paramref name="emailAddress"/> (compared case-insensitively).</summary>
    /// <param name="accountId">The connected account whose address book is searched.</param>
    /// <param name="emailAddress">The address to look up.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The contact, or <see langword="null"/> if no contact has that exact address.</returns>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> is blank or has no <c>@</c>.</exception>
    /// <exception cref="MailboxAuthorizationException">The account is disconnected.</exception>
    /// <exception cref="GooglePeopleApiException">Google answered with an error retrying could not fix.</exception>
    Task<ContactDetails?> FindByEmailAsync(Id<MailboxAccount> accountId, string emailAddress, CancellationToken cancellationToken = default);
}
