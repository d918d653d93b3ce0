using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class ProspectQualityScorerTests
{
    private readonly ProspectQualityScorer _sut = new();

    private static EmailValidationResult Email(params EmailIssueCode[] codes) =>
        EmailValidationResult.From(null, codes.Select(c => new EmailIssue(c, c.ToString())).ToList());

    [Fact]
    public void Score_CompleteProspectDeliverable_Is100()
    {
        var report = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("jane@acme.com"), Email = Email() });

        Assert.Equal(100, report.Score);
        Assert.Empty(report.Issues);
        Assert.False(report.IsBlocking);
    }

    [Fact]
    public void Score_UndeliverableEmail_IsZeroAndBlocking()
    {
        var report = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("jane@acme.com"), Email = Email(EmailIssueCode.DomainNotFound) });

        Assert.Equal(0, report.Score);
        Assert.True(report.IsBlocking);
    }

    [Theory]
    [InlineData(EmailIssueCode.RoleAccount, QualityIssueCode.RoleAddress, 80)]
    [InlineData(EmailIssueCode.DisposableDomain, QualityIssueCode.DisposableEmail, 60)]
    [InlineData(EmailIssueCode.CatchAllSuspected, QualityIssueCode.RiskyEmail, 85)]
    [InlineData(EmailIssueCode.DnsTimeout, QualityIssueCode.UnverifiedEmail, 90)]
    public void Score_EmailFinding_CostsItsPenalty(EmailIssueCode finding, QualityIssueCode expected, int score)
    {
        var report = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("jane@acme.com"), Email = Email(finding) });

        Assert.Equal(score, report.Score);
        Assert.Equal(expected, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public void Score_MissingFieldsInvalidPhoneDuplicate_AddsUpWithReasonsLargestFirst()
    {
        var prospect = EnrichmentFixtures.Prospect("jane@acme.com", first: "", last: "", company: "", zone: null);
        prospect.LinkedInUrl = "https://www.linkedin.com/company/acme";

        var report = _sut.Score(new()
        {
            Prospect = prospect,
            Email = Email(),
            Phone = new PhoneFormatResult { Error = PhoneNumberError.TooShort, Message = "The number is too short." },
            IsDuplicate = true,
        });

        Assert.Equal(5, report.Score); // 100 − (30 + 20 + 15 + 10 + 10 + 5 + 5)
        Assert.Equal(
            [QualityIssueCode.Duplicate, QualityIssueCode.MissingFirstName, QualityIssueCode.MissingTimeZone, QualityIssueCode.InvalidPhone, QualityIssueCode.MissingCompany, QualityIssueCode.MissingLastName, QualityIssueCode.InvalidLinkedInUrl],
            report.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Score_NoEmailValidation_CountsAsUnverified()
    {
        var report = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("jane@acme.com") });

        Assert.Equal(90, report.Score);
        Assert.Equal(QualityIssueCode.UnverifiedEmail, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public void Summarize_CountsProblemsAndBlockers()
    {
        var good = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("a@acme.com"), Email = Email() });
        var role = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("info@acme.com", zone: null), Email = Email(EmailIssueCode.RoleAccount) });
        var dead = _sut.Score(new() { Prospect = EnrichmentFixtures.Prospect("x@gone.example", zone: null), Email = Email(EmailIssueCode.NullMx) });

        var warnings = _sut.Summarize([good, role, dead]);

        Assert.Equal(3, warnings.Total);
        Assert.Equal(1, warnings.BlockingCount);
        Assert.True(warnings.HasBlockingIssues);
        Assert.Equal(2, warnings.IssueCounts[QualityIssueCode.MissingTimeZone]);
        Assert.Equal(1, warnings.IssueCounts[QualityIssueCode.RoleAddress]);
        Assert.Equal(1, warnings.LowScoreCount);
        Assert.Equal("2 of 3 prospects: missing time zone.", warnings.Messages[0]);
        Assert.Equal(Math.Round((100 + 65 + 0) / 3.0, 1), warnings.AverageScore);
    }

    [Fact]
    public void Summarize_Empty_HasNoWarnings()
    {
        var warnings = _sut.Summarize([]);

        Assert.Equal(0, warnings.Total);
        Assert.Empty(warnings.Messages);
        Assert.False(warnings.HasBlockingIssues);
    }
}
