using AutoMeet.Enrichment.Batch;
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;
using DnsClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class EnrichmentRegistrationTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddAutoMeet();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void AddAutoMeet_ResolvesEveryEnrichmentService()
    {
        using var provider = Build();

        Assert.NotNull(provider.GetRequiredService<IEmailValidator>());
        Assert.NotNull(provider.GetRequiredService<ICompanyEnricher>());
        Assert.NotNull(provider.GetRequiredService<ILinkedInProfileMatcher>());
        Assert.NotNull(provider.GetRequiredService<IPhoneNumberFormatter>());
        Assert.NotNull(provider.GetRequiredService<IDuplicateDetector>());
        Assert.NotNull(provider.GetRequiredService<IProspectQualityScorer>());
        Assert.NotNull(provider.GetRequiredService<IEnrichmentBatchProcessor>());
        Assert.NotNull(provider.GetRequiredService<IEnrichmentCheckpointStore>());
        Assert.IsType<LookupClient>(provider.GetRequiredService<ILookupClient>());
    }

    [Fact]
    public async Task AddAutoMeet_LookupClientRegisteredFirst_IsUsedByTheValidator()
    {
        var dns = new FakeDns().Mx("acme.com", 60, (10, "mx.acme.com"));
        using var provider = Build(s => s.AddSingleton(dns.Client));

        var result = await provider.GetRequiredService<IEmailValidator>().ValidateAsync("jane@acme.com");

        Assert.Equal(EmailVerdict.Deliverable, result.Verdict);
    }

    [Fact]
    public void AddAutoMeet_InvalidEnrichmentOptions_FailOnFirstRead()
    {
        using var provider = Build(s => s.Configure<EnrichmentBatchOptions>(o => o.MaxParallelism = 0));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EnrichmentBatchOptions>>().Value);

        Assert.Contains("AutoMeet:Enrichment:Batch:MaxParallelism", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAutoMeet_CalledTwice_RegistersEnrichmentOnce()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        services.AddAutoMeet();

        Assert.Single(services, d => d.ServiceType == typeof(IEmailValidator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<EmailValidationOptions>));
    }
}
