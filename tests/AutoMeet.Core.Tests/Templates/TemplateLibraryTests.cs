using AutoMeet.Prospects;
using AutoMeet.Templates;
using AutoMeet.Templates.Library;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Core.Tests.Templates;

public sealed class TemplateLibraryTests
{
    [Fact]
    public void All_EveryTemplate_CompilesAndRendersWithoutBlanksForAnEmptyProspect()
    {
        using var services = new ServiceCollection().AddAutoMeet().Services.BuildServiceProvider();
        var engine = services.GetRequiredService<ITemplateEngine>();
        var empty = TemplateModel.FromProspect(new Prospect { Email = "x@example.com" }, "Alex");

        foreach (var template in TemplateLibrary.All)
        {
            foreach (var source in new[] { template.Subject, template.Body }.OfType<string>())
            {
                Assert.True(engine.TryCompile(source, out var compiled, out var error), $"{template.Key}: {error}");
                Assert.Empty(engine.FindMissingVariables(compiled, [empty]));
                var rendered = engine.Render(compiled, empty, TemplateFormat.PlainText);
                Assert.DoesNotContain(" ,", rendered, StringComparison.Ordinal); // a blank merge before punctuation
                Assert.DoesNotContain(" .", rendered, StringComparison.Ordinal);
                Assert.DoesNotContain("{{", rendered, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ByCategory_GroupsEveryCategoryWithUniqueKeys()
    {
        var groups = TemplateLibrary.ByCategory();

        Assert.Equal(Enum.GetValues<TemplateCategory>(), groups.Select(g => g.Key));
        Assert.Equal(TemplateLibrary.All.Count, TemplateLibrary.All.Select(t => t.Key).Distinct().Count());
        Assert.NotNull(TemplateLibrary.Find("intro.problem")!.Subject);
        Assert.Null(TemplateLibrary.Find("no.such.key"));
        Assert.All(groups.Single(g => g.Key == TemplateCategory.FollowUp), t => Assert.Null(t.Subject));
    }
}
