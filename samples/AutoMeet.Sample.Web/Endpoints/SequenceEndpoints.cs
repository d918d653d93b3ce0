using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Templates;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>Maps <c>/api/sequences</c>: create (templates compiled and checked), list and get.</summary>
internal static class SequenceEndpoints
{
    /// <summary>The most steps a sequence may have.</summary>
    public const int MaxSteps = 20;

    /// <summary>The longest delay between steps, in either unit.</summary>
    public const int MaxDelay = 365;

    /// <summary>The longest sequence name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Maps the sequence endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void MapSequenceEndpoints(this RouteGroupBuilder api)
    {
        var sequences = api.MapGroup("/sequences").WithTags("Sequences");
        sequences.MapGet("/", ListAsync).Produces<PageResponse<SequenceResponse>>().ProducesValidationProblem();
        sequences.MapPost("/", CreateAsync)
            .Accepts<CreateSequenceRequest>("application/json")
            .Produces<SequenceResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        sequences.MapGet("/{id}", GetAsync).Produces<SequenceResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IAutoMeetStore store, string? skip, string? take, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !Paging.TryParse(skip, take, out var page, out problem))
        {
            return problem;
        }

        var items = await store.Sequences.ListByOwnerAsync(owner, page, cancellationToken);
        return Results.Ok(new PageResponse<SequenceResponse>([.. items.Select(SequenceResponse.From)], page.Skip, page.Take));
    }

    private static async Task<IResult> GetAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !RouteId.TryParse<OutreachSequence>(id, out var sequenceId, out problem))
        {
            return problem;
        }

        var sequence = await store.Sequences.FindAsync(sequenceId, cancellationToken);
        return sequence is null || sequence.OwnerId != owner
            ? Problems.NotFound("Sequence", sequenceId.Value)
            : Results.Ok(SequenceResponse.From(sequence));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IAutoMeetStore store, ITemplateEngine templates, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<CreateSequenceRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new Dictionary<string, string[]>();
        var sequence = Build(body, owner, templates, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        await store.Sequences.AddAsync(sequence, cancellationToken);
        return Results.Created($"/api/sequences/{sequence.Id}", SequenceResponse.From(sequence));
    }

    private static OutreachSequence Build(CreateSequenceRequest body, UserId owner, ITemplateEngine templates, Dictionary<string, string[]> errors)
    {
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["is required."];
        }
        else if (name.Length > MaxNameLength)
        {
            errors["name"] = [$"is {name.Length} characters long; at most {MaxNameLength} are allowed."];
        }

        var sequence = new OutreachSequence
        {
            OwnerId = owner,
            Name = name ?? string.Empty,
            StopOnCompanyReply = body.StopOnCompanyReply,
            StopOnClick = body.StopOnClick,
        };
        if (body.Steps is not { Count: > 0 } steps)
        {
            errors["steps"] = ["at least one step is required."];
            return sequence;
        }

        if (steps.Count > MaxSteps)
        {
            errors["steps"] = [$"has {steps.Count} steps; at most {MaxSteps} are allowed."];
            return sequence;
        }

        var seenEmail = false;
        for (var i = 0; i < steps.Count; i++)
        {
            var field = $"steps[{i}]";
            if (steps[i] is not { } input)
            {
                errors[field] = ["must be an object, not null."];
                continue;
            }

            var step = BuildStep(input, i, field, templates, errors);
            if (step.Kind is SequenceStepKind.FollowUpEmail && !seenEmail)
            {
                errors[$"{field}.kind"] = ["a follow-up needs an earlier NewThreadEmail step to follow up on."];
            }

            seenEmail |= step.Kind is SequenceStepKind.NewThreadEmail;
            step.SequenceId = sequence.Id;
            sequence.Steps.Add(step);
        }

        if (!sequence.Steps.Any(s => s.Kind is SequenceStepKind.NewThreadEmail) && !errors.Keys.Any(k => k.StartsWith("steps", StringComparison.Ordinal)))
        {
            errors["steps"] = ["at least one NewThreadEmail step is required."];
        }

        return sequence;
    }

    private static SequenceStep BuildStep(SequenceStepRequest input, int position, string field, ITemplateEngine templates, Dictionary<string, string[]> errors)
    {
        var step = new SequenceStep { Position = position, DelayAmount = input.Delay };
        if (!TryEnum<SequenceStepKind>(input.Kind, out var kind))
        {
            errors[$"{field}.kind"] = [$"'{input.Kind}' is not a step kind; use one of {string.Join(", ", Enum.GetNames<SequenceStepKind>())}."];
        }

        step.Kind = kind;
        if (input.DelayUnit is not null)
        {
            if (TryEnum<DelayUnit>(input.DelayUnit, out var unit))
            {
                step.DelayUnit = unit;
            }
            else
            {
                errors[$"{field}.delayUnit"] = [$"'{input.DelayUnit}' is not a delay unit; use BusinessDays or Hours."];
            }
        }

        if (input.Delay is < 0 or > MaxDelay)
        {
            errors[$"{field}.delay"] = [$"is {input.Delay}; it must be between 0 and {MaxDelay}."];
        }

        if (input.Condition is not null)
        {
            if (TryEnum<EngagementCondition>(input.Condition, out var condition))
            {
                step.Condition = condition;
            }
            else
            {
                errors[$"{field}.condition"] = [$"'{input.Condition}' is not a condition; use one of {string.Join(", ", Enum.GetNames<EngagementCondition>())}."];
            }
        }

        if (kind is SequenceStepKind.Condition && step.Condition is EngagementCondition.None && input.Condition is null)
        {
            errors[$"{field}.condition"] = ["is required for a Condition step."];
        }

        var isEmail = kind is SequenceStepKind.NewThreadEmail or SequenceStepKind.FollowUpEmail;
        step.SubjectTemplate = Template(input.Subject, $"{field}.subject", required: kind is SequenceStepKind.NewThreadEmail, isEmail, templates, errors);
        step.BodyTemplate = Template(input.Body, $"{field}.body", required: isEmail, isEmail, templates, errors);
        return step;
    }

    private static string? Template(string? source, string field, bool required, bool allowed, ITemplateEngine templates, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            if (required)
            {
                errors[field] = ["is required for this kind of step."];
            }

            return null;
        }

        if (!allowed)
        {
            errors[field] = ["only e-mail steps have a subject or body."];
            return null;
        }

        if (!templates.TryCompile(source, out _, out var error))
        {
            errors[field] = [$"line {error.Line}, column {error.Column}: {error.Message}"];
        }

        return source;
    }

    private static bool TryEnum<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
