namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/prospects</c>; validated by <c>IProspectValidator</c>.</summary>
public sealed record CreateProspectRequest(
    string? Email,
    string? FirstName,
    string? LastName,
    string? Company,
    string? TimeZone,
    string? Title,
    string? CountryCode,
    string? Phone,
    string? LinkedInUrl,
    Dictionary<string, string?>? CustomFields);
