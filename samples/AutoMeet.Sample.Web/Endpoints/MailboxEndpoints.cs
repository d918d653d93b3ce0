using System.Net.Mail;
using AutoMeet.Accounts;
using AutoMeet.Messaging;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Sandbox;
using AutoMeet.Storage;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps <c>/api/mailboxes</c>: the owner's sending mailboxes. Sandbox mailboxes can be added here while the host runs on
/// the sandbox providers; Google mailboxes are connected through <c>/connect/google</c>.
/// </summary>
internal static class MailboxEndpoints
{
    /// <summary>The highest daily send limit accepted for a mailbox.</summary>
    public const int MaxDailySendLimit = 2000;

    /// <summary>Maps the mailbox endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void MapMailboxEndpoints(this RouteGroupBuilder api)
    {
        var mailboxes = api.MapGroup("/mailboxes").WithTags("Mailboxes");
        mailboxes.MapGet("/", ListAsync).Produces<IReadOnlyList<MailboxResponse>>().ProducesValidationProblem();
        mailboxes.MapPost("/", CreateAsync)
            .Accepts<CreateMailboxRequest>("application/json")
            .Produces<MailboxResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IAutoMeetStore store, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        var accounts = await store.MailboxAccounts.ListByOwnerAsync(owner, cancellationToken);
        return Results.Ok(accounts.Select(MailboxResponse.From).ToList());
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IAutoMeetStore store, IMailbox mailbox, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        if (mailbox is not SandboxMailbox)
        {
            return Problems.Conflict("This host sends through Gmail: connect a Google mailbox through /connect/google instead.");
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<CreateMailboxRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new Dictionary<string, string[]>();
        var address = body.EmailAddress?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            errors["emailAddress"] = ["is required."];
        }
        else if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.Ordinal))
        {
            errors["emailAddress"] = [$"'{address}' is not a plain e-mail address (local@domain)."];
        }

        if (body.DailySendLimit is { } limit && limit is < 1 or > MaxDailySendLimit)
        {
            errors["dailySendLimit"] = [$"is {limit}; it must be between 1 and {MaxDailySendLimit}."];
        }

        if (body.DisplayName?.Trim().Length > 200)
        {
            errors["displayName"] = ["is longer than 200 characters."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        if (await store.MailboxAccounts.FindByEmailAsync(MailProvider.Sandbox, address!, cancellationToken) is not null)
        {
            return Problems.Conflict($"A sandbox mailbox for '{address}' already exists.");
        }

        var account = new MailboxAccount
        {
            OwnerId = owner,
            Provider = MailProvider.Sandbox,
            EmailAddress = address!,
            DisplayName = string.IsNullOrWhiteSpace(body.DisplayName) ? null : body.DisplayName.Trim(),
            Status = AccountStatus.Connected,
            DailySendLimit = body.DailySendLimit ?? 50,
        };
        try
        {
            await store.MailboxAccounts.AddAsync(account, cancellationToken);
        }
        catch (DuplicateEntityException)
        {
            return Problems.Conflict($"A sandbox mailbox for '{address}' already exists.");
        }

        return Results.Created($"/api/mailboxes/{account.Id}", MailboxResponse.From(account));
    }
}
