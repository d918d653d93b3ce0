using AutoMeet.Sequences;
using AutoMeet.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Templates;

public sealed class TemplateLimitsOptionsTests
{
    [Fact]
    public void AddAutoMeet_Registers_PlannerAndTemplateEngineAsSingletons()
    {
        using var provider = new ServiceCollection().AddAutoMeet().Services
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        Assert.IsType<SequencePlanner>(provider.GetRequiredService<ISequencePlanner>());
        Assert.Same(provider.GetRequiredService<ITemplateEngine>(), provider.GetRequiredService<ITemplateEngine>());
    }

    [Fact]
    public void Validate_ZeroSteps_FailsNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        services.Configure<TemplateLimitsOptions>(o => o.MaxSteps = 0);
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TemplateLimitsOptions>>().Value);

        Assert.Contains("MaxSteps", ex.Message, StringComparison.Ordinal);
    }
}
