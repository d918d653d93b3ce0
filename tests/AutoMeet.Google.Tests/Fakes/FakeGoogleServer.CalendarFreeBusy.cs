using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>freeBusy.query (at most 50 calendars, a bounded range, per-calendar errors) and events.watch / channels.stop.</summary>
public sealed partial class FakeGoogleServer
{
    private IResult FreeBusy(HttpContext context, string body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        if (!DateTimeOffset.TryParse((string?)request["timeMin"], CultureInfo.InvariantCulture, out var min)
            || !DateTimeOffset.TryParse((string?)request["timeMax"], CultureInfo.InvariantCulture, out var max))
        {
            return Error(400, "invalid", "timeMin and timeMax are required (RFC 3339).");
        }

        if (max <= min)
        {
            return Error(400, "timeRangeEmpty", "The specified time range is empty.");
        }

        if (max - min > FreeBusyMaxRange)
        {
            return Error(400, "timeRangeTooLong", "The requested time range is too long.");
        }

        var ids = request["items"]!.AsArray().Select(i => (string)i!["id"]!).ToList();
        if (ids.Count > 50 || (int?)request["calendarExpansionMax"] > 50)
        {
            return Error(400, "tooManyCalendarsRequested", "The number of calendars requested is too large.");
        }

        var calendars = new JsonObject();
        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (UnknownCalendars.Contains(id))
                {
                    calendars[id] = new JsonObject
                    {
                        ["errors"] = new JsonArray(new JsonObject { ["domain"] = "global", ["reason"] = "notFound" }),
                        ["busy"] = new JsonArray(),
                    };
                    continue;
                }

                var busy = _events.Values
                    .Where(e => e.CalendarId == (id == MailboxAddress ? "primary" : id) && !e.IsCancelled && (string?)e.Resource["transparency"] != "transparent")
                    .Select(e => (Start: DateTimeOffset.Parse((string)e.Resource["start"]!["dateTime"]!, CultureInfo.InvariantCulture), End: DateTimeOffset.Parse((string)e.Resource["end"]!["dateTime"]!, CultureInfo.InvariantCulture)))
                    .Where(b => b.Start < max && b.End > min)
                    .OrderBy(b => b.Start)
                    .Select(b => (JsonNode)new JsonObject
                    {
                        // Clipped to the queried range, as Google does.
                        ["start"] = Rfc3339(b.Start < min ? min : b.Start),
                        ["end"] = Rfc3339(b.End > max ? max : b.End),
                    });
                calendars[id] = new JsonObject { ["busy"] = new JsonArray([.. busy]) };
            }
        }

        return JsonResult(new JsonObject
        {
            ["kind"] = "calendar#freeBusy",
            ["timeMin"] = Rfc3339(min),
            ["timeMax"] = Rfc3339(max),
            ["calendars"] = calendars,
        });
    }

    private IResult Watch(HttpContext context, string body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        var id = (string?)request["id"];
        var address = (string?)request["address"];
        var token = (string?)request["token"] ?? string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > 64 || (string?)request["type"] != "web_hook"
            || address is null || !address.StartsWith("https://", StringComparison.Ordinal) || token.Length > 256)
        {
            return Error(400, "invalid", "Invalid channel: id (max 64), type web_hook, an https address and a token of at most 256 characters are required.");
        }

        var calendarId = CalendarOf(context);
        lock (_gate)
        {
            if (_channels.Any(c => c.Id == id))
            {
                return Error(400, "channelIdNotUnique", "Channel id not unique.");
            }

            var requested = long.TryParse((string?)request["expiration"], CultureInfo.InvariantCulture, out var ms) ? ms : 0;
            var longest = TimeProvider.System.GetUtcNow().AddDays(30).ToUnixTimeMilliseconds();
            var expiration = requested is > 0 && requested < longest ? requested : longest;
            var resourceId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(calendarId)))[..27];
            _channels.Add(new FakeCalendarChannel(id, resourceId, calendarId, token, address, expiration));
            return JsonResult(new JsonObject
            {
                ["kind"] = "api#channel",
                ["id"] = id,
                ["resourceId"] = resourceId,
                ["resourceUri"] = $"{BaseUri}calendar/v3/calendars/{Uri.EscapeDataString(calendarId)}/events?alt=json",
                ["token"] = token,
                ["expiration"] = expiration.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    private IResult StopChannel(HttpContext context, string body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        lock (_gate)
        {
            var channel = _channels.Find(c => c.Id == (string?)request["id"] && c.ResourceId == (string?)request["resourceId"] && !c.Stopped);
            if (channel is null)
            {
                return Error(404, "notFound", "Channel not found.");
            }

            channel.Stopped = true;
            return Results.NoContent();
        }
    }

    private static string Rfc3339(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
