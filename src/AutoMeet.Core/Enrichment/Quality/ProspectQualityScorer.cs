using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;

namespace AutoMeet.Enrichment.Quality;

/// <summary>The default <see cref="IProspectQualityScorer"/>.</summary>
internal sealed class ProspectQualityScorer : IProspectQualityScorer
{
    public ProspectQualityReport Score(ProspectQualityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = input.Prospect;
        var issues = new List<QualityIssue>();
        AddEmailIssues(input.Email, issues);
        Add(issues, input.IsDuplicate, QualityIssueCode.Duplicate, 30, "The prospect duplicates another record.");
        Add(issues, string.IsNullOrWhiteSpace(p.FirstName), QualityIssueCode.MissingFirstName, 20, "The first name is missing.");
        Add(issues, string.IsNullOrWhiteSpace(p.TimeZoneId), QualityIssueCode.MissingTimeZone, 15, "The time zone is missing, so the sending window is a guess.");
        Add(issues, input.Phone is { IsValid: false, Error: not Phones.PhoneNumberError.Empty }, QualityIssueCode.InvalidPhone, 10, $"The phone number is invalid: {input.Phone?.Message}");
        Add(issues, string.IsNullOrWhiteSpace(p.Company), QualityIssueCode.MissingCompany, 10, "The company is missing.");
        Add(issues, string.IsNullOrWhiteSpace(p.LastName), QualityIssueCode.MissingLastName, 5, "The last name is missing.");
        Add(issues, !string.IsNullOrWhiteSpace(p.LinkedInUrl) && !LinkedInProfileUrl.Parse(p.LinkedInUrl).IsValid, QualityIssueCode.InvalidLinkedInUrl, 5, "The LinkedIn URL is not a profile URL.");

        issues.Sort((a, b) => b.Penalty.CompareTo(a.Penalty));
        return new ProspectQualityReport { ProspectId = p.Id, Score = Math.Max(0, 100 - issues.Sum(i => i.Penalty)), Issues = issues };
    }

    public LaunchWarnings Summarize(IReadOnlyCollection<ProspectQualityReport> reports, int lowScoreThreshold = 60)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentOutOfRangeException.ThrowIfNegative(lowScoreThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lowScoreThreshold, 100);
        var counts = reports.SelectMany(r => r.Issues.Select(i => i.Code).Distinct())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var total = reports.Count;
        var messages = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key)
            .Select(c => $"{c.Value} of {total} prospects: {Describe(c.Key)}.")
            .ToList();
        return new LaunchWarnings
        {
            Total = total,
            AverageScore = total == 0 ? 0 : Math.Round(reports.Average(r => r.Score), 1),
            BlockingCount = reports.Count(r => r.IsBlocking),
            LowScoreCount = reports.Count(r => r.Score < lowScoreThreshold),
            IssueCounts = counts,
            Messages = messages,
        };
    }

    private static void AddEmailIssues(EmailValidationResult? email, List<QualityIssue> issues)
    {
        if (email is null)
        {
            issues.Add(new(QualityIssueCode.UnverifiedEmail, 10, "The address was not validated."));
            return;
        }

        switch (email.Verdict)
        {
            case EmailVerdict.Undeliverable:
                issues.Add(new(QualityIssueCode.UndeliverableEmail, 100, $"The address is undeliverable: {string.Join(" ", email.Issues.Where(i => i.Implies == EmailVerdict.Undeliverable).Select(i => i.Message))}"));
                return;
            case EmailVerdict.Unknown:
                issues.Add(new(QualityIssueCode.UnverifiedEmail, 10, "The address could not be verified (DNS did not answer or was not checked)."));
                break;
        }

        Add(issues, email.IsDisposable, QualityIssueCode.DisposableEmail, 40, "The address is at a disposable mailbox provider.");
        Add(issues, email.IsRoleAccount, QualityIssueCode.RoleAddress, 20, "The address is a role account, not a person.");
        Add(issues, email.Has(EmailIssueCode.CatchAllSuspected) || email.Has(EmailIssueCode.InternationalizedLocalPart), QualityIssueCode.RiskyEmail, 15, "The address cannot be confirmed (catch-all domain or internationalised local part).");
    }

    private static void Add(List<QualityIssue> issues, bool condition, QualityIssueCode code, int penalty, string message)
    {
        if (condition)
        {
            issues.Add(new(code, penalty, message));
        }
    }

    private static string Describe(QualityIssueCode code) => code switch
    {
        QualityIssueCode.UndeliverableEmail => "undeliverable e-mail address (will not be contacted)",
        QualityIssueCode.DisposableEmail => "disposable e-mail address",
        QualityIssueCode.Duplicate => "duplicate of another prospect",
        QualityIssueCode.RoleAddress => "role address such as info@ or sales@",
        QualityIssueCode.MissingFirstName => "missing first name",
        QualityIssueCode.RiskyEmail => "address that cannot be confirmed (catch-all domain)",
        QualityIssueCode.MissingTimeZone => "missing time zone",
        QualityIssueCode.UnverifiedEmail => "unverified e-mail address",
        QualityIssueCode.InvalidPhone => "invalid phone number",
        QualityIssueCode.MissingCompany => "missing company",
        QualityIssueCode.MissingLastName => "missing last name",
        QualityIssueCode.InvalidLinkedInUrl => "invalid LinkedIn URL",
        _ => code.ToString(),
    };
}
