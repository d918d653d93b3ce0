using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Sandbox;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps <c>/api/sandbox</c>, available only while the host runs on the sandbox mailbox: what the owner's sandbox
/// mailboxes have "sent", and a way to make a prospect reply to one of those e-mails, so the whole flow (sequence →
/// reply → proposal → approval → booking) can be tried without any credentials.
/// </summary>
internal static class SandboxEndpoints
{
    /// <summary>The longest simulated reply body.</summary>
    public const int MaxReplyLength = 20_000;

    /// <summary>Maps the sandbox endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void MapSandboxEndpoints(this RouteGroupBuilder api)
    {
        var sandbox = api.MapGroup("/sandbox").WithTags("Sandbox");
        sandbox.MapGet("/sent", SentAsync).Produces<IReadOnlyList<SandboxSentResponse>>().ProducesProblem(StatusCodes.Status409Conflict);
        sandbox.MapPost("/replies", ReplyAsync)
            .Accepts<SandboxReplyRequest>("application/json")
            .Produces<SandboxReplyResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> SentAsync(HttpRequest request, IAutoMeetStore store, IMailbox mailbox, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        if (mailbox is not SandboxMailbox sandbox)
        {
            return NotSandbox();
        }

        var accounts = await OwnedSandboxAccountsAsync(store, owner, cancellationToken);
        var sent = sandbox.ListSent()
            .Where(s => accounts.Contains(s.Email.MailboxAccountId))
            .OrderByDescending(s => s.Result.SentAt)
            .Select(SandboxSentResponse.From)
            .ToList();
        return Results.Ok(sent);
    }

    private static async Task<IResult> ReplyAsync(HttpRequest request, IAutoMeetStore store, IMailbox mailbox, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        if (mailbox is not SandboxMailbox sandbox)
        {
            return NotSandbox();
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<SandboxReplyRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.MessageId))
        {
            errors["messageId"] = ["is required: the Message-ID of a sent e-mail (see GET /api/sandbox/sent)."];
        }

        if (string.IsNullOrWhiteSpace(body.Body))
        {
            errors["body"] = ["is required."];
        }
        else if (body.Body.Length > MaxReplyLength)
        {
            errors["body"] = [$"is {body.Body.Length} characters long; at most {MaxReplyLength} are allowed."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var accounts = await OwnedSandboxAccountsAsync(store, owner, cancellationToken);
        var original = sandbox.ListSent().FirstOrDefault(s => accounts.Contains(s.Email.MailboxAccountId) && string.Equals(s.Result.RfcMessageId, body.MessageId!.Trim(), StringComparison.Ordinal));
        if (original is null)
        {
            return Problems.NotFound("Sent e-mail", $"No e-mail with Message-ID '{body.MessageId}' was sent by this owner's sandbox mailboxes.");
        }

        var from = string.IsNullOrWhiteSpace(body.From) ? original.Email.To[0].Address : body.From.Trim();
        if (!original.Email.To.Any(t => string.Equals(t.Address, from, StringComparison.OrdinalIgnoreCase)))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"'{from}' was not a recipient of that e-mail."] });
        }

        var headers = body.AutoSubmitted ? new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" } : null;
        var reply = sandbox.SimulateReply(original.Result, from, body.Body!, headers);
        return Results.Accepted(value: new SandboxReplyResponse(reply.RfcMessageId, reply.ProviderThreadId, reply.ReceivedAt));
    }

    private static async Task<HashSet<Id<MailboxAccount>>> OwnedSandboxAccountsAsync(IAutoMeetStore store, UserId owner, CancellationToken cancellationToken) =>
        [.. (await store.MailboxAccounts.ListByOwnerAsync(owner, cancellationToken)).Where(a => a.Provider == MailProvider.Sandbox).Select(a => a.Id)];

    private static IResult NotSandbox() => Problems.Conflict("This host sends through Gmail; the sandbox endpoints exist only on the sandbox mailbox.");
}
