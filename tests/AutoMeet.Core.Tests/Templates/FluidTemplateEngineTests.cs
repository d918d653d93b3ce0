using AutoMeet.Templates;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Core.Tests.Templates;

public sealed class FluidTemplateEngineTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero));

    private static readonly TemplateModel Ada = new()
    {
        FirstName = "Ada",
        LastName = "Lovelace",
        Company = "Analytical Engines",
        Title = "CTO",
        Email = "ada@example.com",
        CustomFields = new Dictionary<string, string> { ["industry"] = "computing" },
        SenderName = "Sam",
        SenderEmail = "sam@example.org",
        CampaignName = "Spring",
    };

    private FluidTemplateEngine Engine(Action<TemplateLimitsOptions>? configure = null)
    {
        var limits = new TemplateLimitsOptions();
        configure?.Invoke(limits);
        return new FluidTemplateEngine(Microsoft.Extensions.Options.Options.Create(limits), _time);
    }

    private static CompiledTemplate Compile(FluidTemplateEngine engine, string source)
    {
        Assert.True(engine.TryCompile(source, out var template, out var error), error?.Message);
        return template;
    }

    [Fact]
    public void Render_AllMergeFields_WritesTheModelValues()
    {
        var engine = Engine();
        var template = Compile(engine, "{{ prospect.first_name }} {{ prospect.last_name }}, {{ prospect.title }} at {{ prospect.company }} "
            + "({{ prospect.email }}, {{ prospect.custom.industry }}) from {{ sender.name }} <{{ sender.email }}> for {{ campaign.name }}");

        var text = engine.Render(template, Ada, TemplateFormat.PlainText);

        Assert.Equal("Ada Lovelace, CTO at Analytical Engines (ada@example.com, computing) from Sam <sam@example.org> for Spring", text);
    }

    [Fact]
    public void Render_EmptyOrMissingValueWithDefault_UsesTheFallback()
    {
        var engine = Engine();
        var template = Compile(engine, "Hi {{ prospect.first_name | default: \"there\" }}, {{ prospect.custom.plan | default: \"free\" }}");

        var text = engine.Render(template, new TemplateModel(), TemplateFormat.PlainText);

        Assert.Equal("Hi there, free", text);
    }

    [Fact]
    public void Render_HtmlBody_EncodesMergedValuesButKeepsTheTemplateMarkup()
    {
        var engine = Engine();
        var template = Compile(engine, "<p>Hello {{ prospect.company }}</p>");
        var model = new TemplateModel { Company = "<b>A&B</b> \"Ünïcode\"" };

        Assert.Equal("<p>Hello &lt;b&gt;A&amp;B&lt;/b&gt; &quot;Ünïcode&quot;</p>", engine.Render(template, model, TemplateFormat.Html));
        Assert.Equal("<p>Hello <b>A&B</b> \"Ünïcode\"</p>", engine.Render(template, model, TemplateFormat.PlainText));
    }

    [Fact]
    public void Render_ProspectDataContainingLiquid_IsWrittenLiterallyNotExecuted()
    {
        var engine = Engine();
        var template = Compile(engine, "Hi {{ prospect.first_name }}");
        var model = new TemplateModel { FirstName = "{{ sender.email }}{% for i in (1..3) %}x{% endfor %}", SenderEmail = "secret@example.org" };

        var text = engine.Render(template, model, TemplateFormat.PlainText);

        Assert.Equal("Hi {{ sender.email }}{% for i in (1..3) %}x{% endfor %}", text);
    }

    [Fact]
    public void Render_NowInTheRecipientsZone_ComesFromTheTimeProvider()
    {
        var engine = Engine();
        var template = Compile(engine, "{{ 'now' | date: '%Y-%m-%d %H:%M' }}");

        Assert.Equal("2026-03-06 17:30", engine.Render(template, new TemplateModel { TimeZoneId = "Asia/Kolkata" }, TemplateFormat.PlainText));
        Assert.Equal("2026-03-06 12:00", engine.Render(template, new TemplateModel(), TemplateFormat.PlainText));
    }

    [Theory]
    [InlineData("Hello {{ prospect.first_name ", 1, 29)]
    [InlineData("Line one\nHi {% if %}", 2, 9)]
    public void TryCompile_InvalidTemplate_ReportsLineAndColumn(string source, int line, int column)
    {
        var engine = Engine();

        Assert.False(engine.TryCompile(source, out var template, out var error));

        Assert.Null(template);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains($"({line}:{column})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCompile_SourceLongerThanTheLimit_IsRefused()
    {
        var engine = Engine(l => l.MaxSourceLength = 10);

        Assert.False(engine.TryCompile("Hello {{ prospect.first_name }}", out _, out var error));

        Assert.Contains("limit is 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCompile_SameSourceTwice_ReturnsTheCachedTemplate()
    {
        var engine = Engine();

        Assert.Same(Compile(engine, "Hi {{ prospect.first_name }}"), Compile(engine, "Hi {{ prospect.first_name }}"));
    }

    [Fact]
    public void Render_LoopBeyondMaxSteps_ThrowsTemplateRenderException()
    {
        var engine = Engine(l => l.MaxSteps = 100);
        var template = Compile(engine, "{% for i in (1..100000) %}x{% endfor %}");

        Assert.Throws<TemplateRenderException>(() => engine.Render(template, Ada, TemplateFormat.PlainText));
    }

    [Fact]
    public void Render_OutputBeyondTheLimit_ThrowsNamingTheLimit()
    {
        var engine = Engine(l => l.MaxOutputLength = 100);
        var template = Compile(engine, "{% for i in (1..50) %}abcdef{% endfor %}");

        var ex = Assert.Throws<TemplateRenderException>(() => engine.Render(template, Ada, TemplateFormat.PlainText));

        Assert.Contains("100 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_TemplateWithAndWithoutDefaults_ListsEachPathOnceWithItsRequirement()
    {
        var engine = Engine();
        var template = Compile(engine,
            "Hi {{ prospect.first_name | default: 'there' }} {{ prospect.company | upcase }} {{ prospect.custom.plan }} "
            + "{% if prospect.title %}{{ prospect.title | capitalize | default: 'friend' }}{% endif %} {{ prospect.company }}");

        Assert.Equal(
            [
                new TemplateVariable("prospect.first_name", false),
                new TemplateVariable("prospect.company", true),
                new TemplateVariable("prospect.custom.plan", true),
                new TemplateVariable("prospect.title", true),
            ],
            template.Variables);
    }

    [Fact]
    public void FindMissingVariables_ProspectsLackingRequiredValues_ListsThemWithTheVariables()
    {
        var engine = Engine();
        var template = Compile(engine, "Hi {{ prospect.first_name }} at {{ prospect.company | default: 'your team' }}, {{ prospect.custom.plan }}");
        var complete = new TemplateModel { FirstName = "Ada", CustomFields = new Dictionary<string, string> { ["plan"] = "pro" } };
        var lacking = new TemplateModel { FirstName = " " };

        var missing = engine.FindMissingVariables(template, [complete, lacking]);

        var entry = Assert.Single(missing);
        Assert.Same(lacking, entry.Model);
        Assert.Equal(["prospect.first_name", "prospect.custom.plan"], entry.Variables);
    }
}
