using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>
/// The People search endpoints: prefix matching on names and addresses like Google's, the read masks each method
/// allows, a warm-up search with an empty query, and a switch that denies "other contacts" (a grant without that scope).
/// </summary>
public sealed partial class FakeGoogleServer
{
    /// <summary>The People routes the fake serves, as (HTTP method, discovery path, discovery method id without "people.").</summary>
    public static readonly IReadOnlyList<(string Method, string Path, string Operation)> PeopleRoutes =
    [
        ("GET", "v1/people:searchContacts", "people.searchContacts"),
        ("GET", "v1/otherContacts:search", "otherContacts.search"),
    ];

    private static readonly string[] ContactsMask = ["names", "emailAddresses", "organizations", "phoneNumbers", "metadata", "photos"];
    private static readonly string[] OtherContactsMask = ["emailAddresses", "metadata", "names", "phoneNumbers", "photos"];
    private readonly List<FakeContact> _contacts = [];

    /// <summary>Gets or sets a value indicating whether <c>otherContacts.search</c> answers 403 (no <c>contacts.other.readonly</c>).</summary>
    public bool DenyOtherContacts { get; set; }

    public void AddContact(FakeContact contact)
    {
        lock (_gate)
        {
            _contacts.Add(contact);
        }
    }

    private void MapPeopleRoutes()
    {
        _app.MapGet("/v1/people:searchContacts", (Delegate)((HttpContext c) => GmailAsync(c, "people.searchContacts", (ctx, _) => SearchPeople(ctx, other: false))));
        _app.MapGet("/v1/otherContacts:search", (Delegate)((HttpContext c) => GmailAsync(c, "otherContacts.search", (ctx, _) => SearchPeople(ctx, other: true))));
    }

    private IResult SearchPeople(HttpContext context, bool other)
    {
        if (other && DenyOtherContacts)
        {
            return Error(403, "PERMISSION_DENIED", "Request had insufficient authentication scopes.");
        }

        if (!context.Request.Query.TryGetValue("query", out var queryValues))
        {
            return Error(400, "INVALID_ARGUMENT", "query is required.");
        }

        var mask = context.Request.Query["readMask"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var allowed = other ? OtherContactsMask : ContactsMask;
        if (mask.Length == 0 || mask.Any(m => !allowed.Contains(m)))
        {
            return Error(400, "INVALID_ARGUMENT", $"Invalid readMask '{string.Join(',', mask)}'.");
        }

        var query = queryValues.ToString().Trim();
        List<FakeContact> matches;
        lock (_gate)
        {
            matches = query.Length == 0
                ? []
                : [.. _contacts.Where(c => c.Other == other && Words(c).Any(w => w.StartsWith(query, StringComparison.OrdinalIgnoreCase)))];
        }

        var results = matches.Select((c, i) => new Dictionary<string, object?>
        {
            ["person"] = new Dictionary<string, object?>
            {
                ["resourceName"] = (other ? "otherContacts/c" : "people/c") + i,
                ["names"] = mask.Contains("names") ? new[] { new { displayName = $"{c.GivenName} {c.FamilyName}", givenName = c.GivenName, familyName = c.FamilyName } } : null,
                ["emailAddresses"] = mask.Contains("emailAddresses") ? new[] { new { value = c.Email } } : null,
                ["organizations"] = mask.Contains("organizations") && c.Organization is not null ? new[] { new { name = c.Organization, title = c.Title, current = true } } : null,
            },
        }).ToList();
        return Results.Json(results.Count == 0 ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["results"] = results });
    }

    private static IEnumerable<string> Words(FakeContact contact) => [contact.Email, contact.GivenName, contact.FamilyName, $"{contact.GivenName} {contact.FamilyName}"];
}
