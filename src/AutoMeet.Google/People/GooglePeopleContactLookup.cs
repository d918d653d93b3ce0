using System.Collections.Concurrent;
using System.Net;
using AutoMeet.Accounts;
using AutoMeet.Google.Internal;
using AutoMeet.Google.People.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Google.People;

/// <summary>
/// The People API implementation of <see cref="IContactLookup"/>: <c>people.searchContacts</c> first (names, e-mail
/// addresses, organisations), then <c>otherContacts.search</c>. Searches match prefixes of names and addresses, so only
/// a person with exactly the looked-up address is returned.
/// </summary>
/// <remarks>
/// Google asks clients to send a warm-up search with an empty query before searching, to refresh its cache; this is
/// done once per account and source per process. A source the grant does not cover (403) is skipped.
/// </remarks>
internal sealed class GooglePeopleContactLookup(PeopleClient client, ILogger<GooglePeopleContactLookup>? logger = null) : IContactLookup
{
    private readonly ConcurrentDictionary<(Id<MailboxAccount>, string), bool> _warmedUp = new();
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public async Task<ContactDetails?> FindByEmailAsync(Id<MailboxAccount> accountId, string emailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailAddress);
        var address = emailAddress.Trim().ToLowerInvariant();
        if (!address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{emailAddress}' is not an e-mail address.", nameof(emailAddress));
        }

        var contact = await SearchAsync(accountId, PeopleClient.SearchContactsOperation, client.SearchContactsAsync, address, ContactSource.Contacts, cancellationToken).ConfigureAwait(false)
            ?? await SearchAsync(accountId, PeopleClient.SearchOtherContactsOperation, client.SearchOtherContactsAsync, address, ContactSource.OtherContacts, cancellationToken).ConfigureAwait(false);
        GoogleLog.ContactLookup(_logger, accountId, contact is null ? 0 : 1);
        return contact;
    }

    private async Task<ContactDetails?> SearchAsync(
        Id<MailboxAccount> accountId,
        string operation,
        Func<Id<MailboxAccount>, string, CancellationToken, Task<PeopleSearchResponse>> search,
        string address,
        ContactSource source,
        CancellationToken cancellationToken)
    {
        try
        {
            if (_warmedUp.TryAdd((accountId, operation), true))
            {
                await search(accountId, string.Empty, cancellationToken).ConfigureAwait(false);
            }

            var response = await search(accountId, address, cancellationToken).ConfigureAwait(false);
            var person = (response.Results ?? []).Select(r => r.Person).OfType<PeoplePerson>()
                .FirstOrDefault(p => (p.EmailAddresses ?? []).Any(e => string.Equals(e.Value?.Trim(), address, StringComparison.OrdinalIgnoreCase)));
            return person is null ? null : ToDetails(person, address, source);
        }
        catch (GooglePeopleApiException ex) when (ex.StatusCode == HttpStatusCode.Forbidden)
        {
            // The grant does not cover this source (for example no contacts.other.readonly): the other one may still answer.
            _warmedUp.TryRemove((accountId, operation), out _);
            GoogleLog.ContactSourceDenied(_logger, operation, accountId, (int)ex.StatusCode);
            return null;
        }
    }

    private static ContactDetails ToDetails(PeoplePerson person, string address, ContactSource source)
    {
        var name = person.Names is { Count: > 0 } names ? names[0] : null;
        var organization = person.Organizations?.FirstOrDefault(o => o.Current == true) ?? (person.Organizations is { Count: > 0 } all ? all[0] : null);
        var email = person.EmailAddresses?.FirstOrDefault(e => string.Equals(e.Value?.Trim(), address, StringComparison.OrdinalIgnoreCase));
        return new ContactDetails
        {
            EmailAddress = address,
            DisplayName = Blank(name?.DisplayName) ?? Blank(email?.DisplayName),
            GivenName = Blank(name?.GivenName),
            FamilyName = Blank(name?.FamilyName),
            Organization = Blank(organization?.Name),
            Title = Blank(organization?.Title),
            Source = source,
            ResourceName = person.ResourceName,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
