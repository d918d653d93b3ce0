using AutoMeet.Prospects;
using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>A prospect as the API returns it.</summary>
public sealed record ProspectResponse(
    Guid Id,
    string Email,
    string FirstName,
    string LastName,
    string Company,
    string? Title,
    string? TimeZone,
    string? CountryCode,
    string? Phone,
    string? LinkedInUrl,
    IReadOnlyDictionary<string, string> CustomFields,
    Instant CreatedAt,
    long Version)
{
    public static ProspectResponse From(Prospect p) => new(
        p.Id.Value, p.Email, p.FirstName, p.LastName, p.Company, p.Title, p.TimeZoneId, p.CountryCode, p.Phone, p.LinkedInUrl,
        new Dictionary<string, string>(p.CustomFields), p.CreatedAt, p.Version);
}
