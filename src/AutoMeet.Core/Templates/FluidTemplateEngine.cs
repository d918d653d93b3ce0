using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using AutoMeet.Templates.Internal;
using Fluid;
using Microsoft.Extensions.Options;

namespace AutoMeet.Templates;

/// <summary>
/// The template engine on Fluid: one shared parser and options (limits from <see cref="TemplateLimitsOptions"/>,
/// <c>now</c> from the injected <see cref="TimeProvider"/>), a bounded cache of parsed templates keyed by source,
/// a new context per render in the recipient's zone, and HTML encoding of merged values in HTML bodies.
/// </summary>
/// <remarks>Thread-safe; register it as a singleton.</remarks>
public sealed partial class FluidTemplateEngine : ITemplateEngine
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly TemplateLimitsOptions _limits;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, CompiledTemplate> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="FluidTemplateEngine"/> class.</summary>
    /// <param name="limits">The template limits.</param>
    /// <param name="timeProvider">The time source for <c>now</c> in templates.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public FluidTemplateEngine(IOptions<TemplateLimitsOptions> limits, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _limits = limits.Value;
        _timeProvider = timeProvider;
        _options = new TemplateOptions
        {
            MaxRecursion = _limits.MaxRecursion,
            MaxSteps = _limits.MaxSteps,
            Now = timeProvider.GetUtcNow,
            TimeZone = TimeZoneInfo.Utc,
            CultureInfo = CultureInfo.InvariantCulture,
        };
    }

    /// <inheritdoc/>
    public bool TryCompile(string source, [NotNullWhen(true)] out CompiledTemplate? template, [NotNullWhen(false)] out TemplateError? error)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_cache.TryGetValue(source, out template))
        {
            error = null;
            return true;
        }

        if (source.Length > _limits.MaxSourceLength)
        {
            error = new TemplateError($"The template is {source.Length} characters long; the limit is {_limits.MaxSourceLength}.", 0, 0);
            return false;
        }

        if (!_parser.TryParse(source, out var parsed, out var message))
        {
            error = ToError(message);
            return false;
        }

        var collector = new VariableCollector();
        collector.VisitTemplate(parsed);
        template = new CompiledTemplate(source, parsed, collector.Variables);
        if (_cache.Count >= _limits.CacheSize)
        {
            _cache.Clear();
        }

        _cache.TryAdd(source, template);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public string Render(CompiledTemplate template, TemplateModel model, TemplateFormat format)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var zone = Zone(model.TimeZoneId);
        var context = new TemplateContext(_options) { TimeZone = zone };
        if (zone != TimeZoneInfo.Utc)
        {
            // 'now' is the injected clock's instant, shown in the recipient's zone.
            context.Now = () => TimeZoneInfo.ConvertTime(_timeProvider.GetUtcNow(), zone);
        }

        context.SetValue("prospect", model.Prospect);
        context.SetValue("sender", model.Sender);
        context.SetValue("campaign", model.Campaign);
        using var writer = new BoundedStringWriter(_limits.MaxOutputLength);
        try
        {
            // AutoMeet registers no asynchronous filters or tags, so rendering completes synchronously; it never blocks.
            var pending = template.Template.RenderAsync(writer, format == TemplateFormat.Html ? Html : NullEncoder.Default, context);
            if (!pending.IsCompletedSuccessfully)
            {
                var task = pending.AsTask();
                if (!task.IsCompleted)
                {
                    throw new TemplateRenderException("A template filter or tag completed asynchronously; AutoMeet templates must render synchronously.");
                }

                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(task.Exception?.InnerException ?? new OperationCanceledException()).Throw();
            }
        }
        catch (InvalidOperationException ex)
        {
            throw new TemplateRenderException($"The template broke a limit while rendering: {ex.Message}", ex);
        }

        return writer.ToString();
    }

    /// <inheritdoc/>
    public IReadOnlyList<TemplateMissingVariables> FindMissingVariables(CompiledTemplate template, IEnumerable<TemplateModel> models)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(models);
        var required = template.Variables
            .Where(v => v.Required && (v.Path.StartsWith("prospect.", StringComparison.Ordinal)
                || v.Path.StartsWith("sender.", StringComparison.Ordinal) || v.Path.StartsWith("campaign.", StringComparison.Ordinal)))
            .Select(v => v.Path)
            .ToArray();
        var result = new List<TemplateMissingVariables>();
        foreach (var model in models)
        {
            ArgumentNullException.ThrowIfNull(model, nameof(models));
            List<string>? missing = null;
            foreach (var path in required)
            {
                if (string.IsNullOrWhiteSpace(model.Lookup(path)))
                {
                    (missing ??= []).Add(path);
                }
            }

            if (missing is not null)
            {
                result.Add(new TemplateMissingVariables(model, missing));
            }
        }

        return result;
    }

    private static TemplateError ToError(string message)
    {
        var firstLine = message.Split('\n', 2)[0].TrimEnd('\r');
        var match = Position().Match(firstLine);
        return match.Success
            ? new TemplateError(
                firstLine,
                int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture))
            : new TemplateError(firstLine, 0, 0);
    }

    private TimeZoneInfo Zone(string? zoneId)
    {
        if (string.IsNullOrEmpty(zoneId))
        {
            return TimeZoneInfo.Utc;
        }

        return _zones.GetOrAdd(zoneId, static id =>
            TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc);
    }

    [GeneratedRegex(@"at \((\d+):(\d+)\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Position();
}
