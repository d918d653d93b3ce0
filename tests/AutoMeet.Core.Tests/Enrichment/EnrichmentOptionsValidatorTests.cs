using AutoMeet.Enrichment.Batch;
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class EnrichmentOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new EmailValidationOptionsValidator().Validate(null, new()).Succeeded);
        Assert.True(new CompanyEnrichmentOptionsValidator().Validate(null, new()).Succeeded);
        Assert.True(new LinkedInMatchOptionsValidator().Validate(null, new()).Succeeded);
        Assert.True(new DuplicateDetectionOptionsValidator().Validate(null, new()).Succeeded);
        Assert.True(new EnrichmentBatchOptionsValidator().Validate(null, new()).Succeeded);
    }

    [Theory]
    [InlineData(0, "AutoMeet:Enrichment:Email:DnsTimeout is 00:00:00")]
    [InlineData(120, "AutoMeet:Enrichment:Email:DnsTimeout is 00:02:00")]
    public void Validate_DnsTimeoutOutOfRange_FailsNamingSetting(int seconds, string expected)
    {
        var result = new EmailValidationOptionsValidator().Validate(null, new() { DnsTimeout = TimeSpan.FromSeconds(seconds) });

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinCacheAboveMax_FailsNamingMinCacheDuration()
    {
        var result = new EmailValidationOptionsValidator().Validate(null, new() { CacheDuration = TimeSpan.FromMinutes(1), MinCacheDuration = TimeSpan.FromMinutes(5) });

        Assert.Contains("AutoMeet:Enrichment:Email:MinCacheDuration", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankDisposableDomain_FailsNamingEntry()
    {
        var options = new EmailValidationOptions();
        options.AdditionalDisposableDomains.Add("ok.test");
        options.AdditionalDisposableDomains.Add(" ");

        var result = new EmailValidationOptionsValidator().Validate(null, options);

        Assert.Contains("AutoMeet:Enrichment:Email:AdditionalDisposableDomains:1", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RoleAccountWithAt_Fails()
    {
        var options = new EmailValidationOptions();
        options.AdditionalRoleAccounts.Add("info@acme.com");

        Assert.Contains("AdditionalRoleAccounts:0", new EmailValidationOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CompanyCacheNegative_FailsNamingSetting()
    {
        var result = new CompanyEnrichmentOptionsValidator().Validate(null, new() { CacheDuration = TimeSpan.FromSeconds(-1) });

        Assert.Contains("AutoMeet:Enrichment:Company:CacheDuration", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CompanyMaxCacheEntriesZero_FailsNamingSetting()
    {
        var result = new CompanyEnrichmentOptionsValidator().Validate(null, new() { MaxCacheEntries = 0 });

        Assert.Contains("AutoMeet:Enrichment:Company:MaxCacheEntries is 0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MatchThreshold", 0.2)]
    [InlineData("MinNameSimilarity", 1.5)]
    [InlineData("CompanyWeight", 0.9)]
    [InlineData("NoCompanyFactor", double.NaN)]
    public void Validate_LinkedInThresholdOutOfRange_FailsNamingSetting(string setting, double value)
    {
        var options = new LinkedInMatchOptions();
        typeof(LinkedInMatchOptions).GetProperty(setting)!.SetValue(options, value);

        var result = new LinkedInMatchOptionsValidator().Validate(null, options);

        Assert.Contains($"AutoMeet:Enrichment:LinkedIn:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateNameThresholdTooLow_FailsNamingSetting()
    {
        var result = new DuplicateDetectionOptionsValidator().Validate(null, new() { NameSimilarityThreshold = 0.5 });

        Assert.Contains("AutoMeet:Enrichment:Duplicates:NameSimilarityThreshold is 0.5", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BatchParallelismZero_FailsNamingSetting()
    {
        var result = new EnrichmentBatchOptionsValidator().Validate(null, new() { MaxParallelism = 0 });

        Assert.Contains("AutoMeet:Enrichment:Batch:MaxParallelism is 0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadRateLimit_FailsNamingProviderAndSetting()
    {
        var options = new EnrichmentBatchOptions();
        options.RateLimits["dns"] = new ProviderRateLimit { PermitsPerPeriod = 0, Period = TimeSpan.FromHours(2) };

        var message = new EnrichmentBatchOptionsValidator().Validate(null, options).FailureMessage;

        Assert.Contains("AutoMeet:Enrichment:Batch:RateLimits:dns:PermitsPerPeriod is 0", message, StringComparison.Ordinal);
        Assert.Contains("AutoMeet:Enrichment:Batch:RateLimits:dns:Period is 02:00:00", message, StringComparison.Ordinal);
    }
}
