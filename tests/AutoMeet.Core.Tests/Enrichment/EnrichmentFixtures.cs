using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Prospects;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Extensions;

namespace AutoMeet.Core.Tests.Enrichment;

/// <summary>Builds the enrichment services by hand, over a fake clock and a fake DNS.</summary>
internal static class EnrichmentFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static EmailValidator EmailValidator(FakeDns dns, FakeTimeProvider time, EmailValidationOptions? options = null)
    {
        var opts = Microsoft.Extensions.Options.Options.Create(options ?? new EmailValidationOptions());
        var resolver = new MailDomainResolver(dns.Client, time.ToClock(), time, opts);
        return new EmailValidator(resolver, new KnownCatchAllProbe(opts), opts);
    }

    public static CompanyEnricher CompanyEnricher(FakeTimeProvider? time = null, params ICompanyDataProvider[] providers) =>
        new(providers, (time ?? new FakeTimeProvider(Start)).ToClock(), Microsoft.Extensions.Options.Options.Create(new CompanyEnrichmentOptions()));

    public static DuplicateDetector DuplicateDetector(DuplicateDetectionOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? new DuplicateDetectionOptions()), CompanyEnricher());

    public static LinkedInProfileMatcher LinkedInMatcher(LinkedInMatchOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? new LinkedInMatchOptions()));

    public static Prospect Prospect(
        string email,
        string first = "Jane",
        string last = "Doe",
        string company = "Acme",
        string? zone = "Europe/Berlin",
        int createdMinute = 0) => new()
        {
            OwnerId = new UserId("owner-1"),
            Email = email,
            FirstName = first,
            LastName = last,
            Company = company,
            TimeZoneId = zone,
            CreatedAt = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(createdMinute),
        };
}
