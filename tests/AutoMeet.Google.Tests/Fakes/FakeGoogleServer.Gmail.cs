using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MimeKit;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>The Gmail endpoints: one mailbox whose history id advances with every added message.</summary>
public sealed partial class FakeGoogleServer
{
    private readonly List<FakeMessage> _messages = [];
    private long _historyId = 5000;
    private long _oldestHistoryId = 1;
    private int _nextMessage;

    public string MailboxAddress { get; set; } = "ada@example.com";

    public long CurrentHistoryId
    {
        get
        {
            lock (_gate)
            {
                return _historyId;
            }
        }
    }

    public IReadOnlyList<FakeMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Makes history ids before <paramref name="historyId"/> too old (history.list answers 404).</summary>
    public void ExpireHistoryBefore(long historyId)
    {
        lock (_gate)
        {
            _oldestHistoryId = historyId;
        }
    }

    /// <summary>Delivers a message into the mailbox (INBOX), as a reply or any other mail.</summary>
    public FakeMessage Deliver(MimeMessage message, string? threadId = null, long? internalDateMs = null, params string[] labels)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return Add(Base64Url.EncodeToString(stream.ToArray()), threadId, labels.Length == 0 ? ["INBOX", "UNREAD"] : labels, message.MessageId, internalDateMs);
    }

    private FakeMessage Add(string raw, string? threadId, IReadOnlyList<string> labels, string? rfcMessageId, long? internalDateMs)
    {
        lock (_gate)
        {
            var id = (0x18c0000000L + ++_nextMessage).ToString("x", CultureInfo.InvariantCulture);
            var thread = threadId is not null && _messages.Any(m => m.ThreadId == threadId) ? threadId : id;
            _historyId += 7; // Ids grow but are not contiguous.
            var message = new FakeMessage(id, thread, raw, labels, _historyId, internalDateMs ?? 1_790_000_000_000 + (_nextMessage * 1000L), rfcMessageId);
            _messages.Add(message);
            return message;
        }
    }

    private async Task<IResult> GmailAsync(HttpContext context, string operation, Func<HttpContext, string, IResult> handle)
    {
        var (fault, body) = await BeginAsync(context, operation);
        if (!IsAuthorized(context))
        {
            return Error(401, "authError", "Request had invalid authentication credentials.");
        }

        if (fault is { Status: > 0, AfterCommit: false })
        {
            return Error(fault.Status, fault.Reason ?? (fault.Status == 429 ? "rateLimitExceeded" : "backendError"), "Injected fault.", fault.RetryAfterSeconds);
        }

        var result = handle(context, body);
        return fault is { Status: > 0, AfterCommit: true } ? Error(fault.Status, "backendError", "Injected fault after commit.") : result;
    }

    private IResult SendAsync(HttpContext context, string body)
    {
        using var json = JsonDocument.Parse(body);
        var raw = json.RootElement.GetProperty("raw").GetString()!;
        var threadId = json.RootElement.TryGetProperty("threadId", out var t) ? t.GetString() : null;
        using var stream = new MemoryStream(Base64Url.DecodeFromChars(raw));
        var mime = MimeMessage.Load(stream);
        var message = Add(raw, threadId, ["SENT"], mime.MessageId, null);
        return Results.Json(new { id = message.Id, threadId = message.ThreadId, labelIds = message.LabelIds });
    }

    private IResult List(HttpContext context, string body)
    {
        var query = context.Request.Query["q"].ToString();
        var max = int.TryParse(context.Request.Query["maxResults"], out var m) ? m : 100;
        var offset = int.TryParse(context.Request.Query["pageToken"], out var o) ? o : 0;
        List<FakeMessage> matches;
        lock (_gate)
        {
            matches = [.. _messages.Where(msg => Matches(msg, query)).OrderByDescending(msg => msg.InternalDateMs)];
        }

        var page = matches.Skip(offset).Take(max).Select(msg => new { id = msg.Id, threadId = msg.ThreadId }).ToList();
        var next = offset + max < matches.Count ? (offset + max).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new Dictionary<string, object?>
        {
            ["messages"] = page.Count == 0 ? null : page,
            ["nextPageToken"] = next,
            ["resultSizeEstimate"] = matches.Count,
        });
    }

    private static bool Matches(FakeMessage message, string query)
    {
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ok = term switch
            {
                "in:sent" => message.LabelIds.Contains("SENT"),
                "-in:drafts" => !message.LabelIds.Contains("DRAFT"),
                _ when term.StartsWith("rfc822msgid:", StringComparison.Ordinal) => message.RfcMessageId == term["rfc822msgid:".Length..].Trim('<', '>'),
                _ when term.StartsWith("after:", StringComparison.Ordinal) => message.InternalDateMs / 1000 > long.Parse(term["after:".Length..], CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"The fake does not understand the search term '{term}'."),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private IResult Get(HttpContext context, string body)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        FakeMessage? message;
        lock (_gate)
        {
            message = _messages.Find(m => m.Id == id);
        }

        if (message is null)
        {
            return Error(404, "notFound", "Requested entity was not found.");
        }

        var format = context.Request.Query["format"].ToString();
        var result = new Dictionary<string, object?>
        {
            ["id"] = message.Id,
            ["threadId"] = message.ThreadId,
            ["labelIds"] = message.LabelIds,
            ["historyId"] = message.HistoryId.ToString(CultureInfo.InvariantCulture),
            ["internalDate"] = message.InternalDateMs.ToString(CultureInfo.InvariantCulture),
        };
        if (format == "raw")
        {
            result["raw"] = message.Raw;
        }
        else if (format == "metadata")
        {
            using var stream = new MemoryStream(Base64Url.DecodeFromChars(message.Raw));
            var mime = MimeMessage.Load(stream);
            var wanted = context.Request.Query["metadataHeaders"].Select(h => h!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            result["payload"] = new
            {
                mimeType = mime.Body?.ContentType.MimeType,
                headers = mime.Headers.Where(h => wanted.Count == 0 || wanted.Contains(h.Field)).Select(h => new { name = h.Field, value = h.Value }).ToList(),
            };
        }
        else
        {
            return Error(400, "invalidArgument", $"The fake supports format=raw|metadata, not '{format}'.");
        }

        return Results.Json(result);
    }

    private IResult History(HttpContext context, string body)
    {
        if (!long.TryParse(context.Request.Query["startHistoryId"], out var start))
        {
            return Error(400, "invalidArgument", "startHistoryId is required.");
        }

        var types = context.Request.Query["historyTypes"].ToString();
        if (!string.IsNullOrEmpty(types) && types != "messageAdded")
        {
            return Error(400, "invalidArgument", "The fake supports historyTypes=messageAdded only.");
        }

        var max = int.TryParse(context.Request.Query["maxResults"], out var m) ? m : 100;
        var offset = int.TryParse(context.Request.Query["pageToken"], out var o) ? o : 0;
        List<FakeMessage> added;
        long current;
        lock (_gate)
        {
            if (start < _oldestHistoryId)
            {
                return Error(404, "notFound", "Requested entity was not found.");
            }

            added = [.. _messages.Where(msg => msg.HistoryId > start).OrderBy(msg => msg.HistoryId)];
            current = _historyId;
        }

        var page = added.Skip(offset).Take(max).Select(msg => new
        {
            id = msg.HistoryId.ToString(CultureInfo.InvariantCulture),
            messages = new[] { new { id = msg.Id, threadId = msg.ThreadId } },
            messagesAdded = new[] { new { message = new { id = msg.Id, threadId = msg.ThreadId, labelIds = msg.LabelIds } } },
        }).ToList();
        var next = offset + max < added.Count ? (offset + max).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new Dictionary<string, object?>
        {
            ["history"] = page.Count == 0 ? null : page,
            ["nextPageToken"] = next,
            ["historyId"] = current.ToString(CultureInfo.InvariantCulture),
        });
    }

    private IResult Profile(HttpContext context, string body)
    {
        lock (_gate)
        {
            return Results.Json(new
            {
                emailAddress = MailboxAddress,
                messagesTotal = _messages.Count,
                threadsTotal = _messages.Select(m => m.ThreadId).Distinct().Count(),
                historyId = _historyId.ToString(CultureInfo.InvariantCulture),
            });
        }
    }
}
