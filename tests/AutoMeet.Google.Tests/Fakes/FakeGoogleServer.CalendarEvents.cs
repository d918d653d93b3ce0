using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>events.insert/get/patch/delete/list, as the Calendar API behaves.</summary>
public sealed partial class FakeGoogleServer
{
    private IResult InsertEvent(HttpContext context, string body)
    {
        if (CheckSendUpdates(context) is { } bad)
        {
            return bad;
        }

        var calendarId = CalendarOf(context);
        var resource = JsonNode.Parse(body)!.AsObject();
        var conferenceVersion = context.Request.Query["conferenceDataVersion"].ToString();
        lock (_gate)
        {
            var id = (string?)resource["id"];
            if (id is not null && !Regex.IsMatch(id, "^[a-v0-9]{5,1024}$"))
            {
                return Error(400, "invalid", $"Invalid resource id value: '{id}'.");
            }

            if (id is not null && _events.ContainsKey((calendarId, id)))
            {
                return Error(409, "duplicate", "The requested identifier already exists.");
            }

            var pending = 0;
            if (conferenceVersion != "1")
            {
                // conferenceDataVersion=0 (the default) ignores conference data.
                resource.Remove("conferenceData");
            }
            else if (resource["conferenceData"]?["createRequest"] is JsonObject create)
            {
                var requestId = (string?)create["requestId"] ?? string.Empty;
                if ((string?)create["conferenceSolutionKey"]?["type"] != "hangoutsMeet")
                {
                    return Error(400, "invalid", "Invalid conference type value.");
                }

                if (!_conferenceRequestIds.Add(requestId))
                {
                    // A repeated requestId is ignored: no second conference.
                    resource.Remove("conferenceData");
                }
                else
                {
                    ConferencesCreated++;
                    pending = MeetPendingPolls;
                    create["status"] = new JsonObject { ["statusCode"] = "pending" };
                }
            }

            var stored = Store(calendarId, id ?? NewEventId(), resource);
            stored.PendingPolls = pending;
            if (stored.ConferenceRequestId is not null && pending == 0)
            {
                CompleteConference(stored);
            }

            return JsonResult(stored.Resource.DeepClone());
        }
    }

    private IResult GetEvent(HttpContext context, string body)
    {
        lock (_gate)
        {
            if (!_events.TryGetValue((CalendarOf(context), Route(context, "eventId")), out var stored))
            {
                return Error(404, "notFound", "Not Found");
            }

            if (stored.PendingPolls > 0 && --stored.PendingPolls == 0)
            {
                CompleteConference(stored);
            }

            return JsonResult(stored.Resource.DeepClone());
        }
    }

    private IResult PatchEvent(HttpContext context, string body)
    {
        if (CheckSendUpdates(context) is { } bad)
        {
            return bad;
        }

        var patch = JsonNode.Parse(body)!.AsObject();
        lock (_gate)
        {
            if (!_events.TryGetValue((CalendarOf(context), Route(context, "eventId")), out var stored))
            {
                return Error(404, "notFound", "Not Found");
            }

            if (stored.IsCancelled)
            {
                return Error(410, "deleted", "Resource has been deleted");
            }

            foreach (var (name, value) in patch.ToList())
            {
                if (name is "id" or "kind" or "htmlLink" || (name == "conferenceData" && context.Request.Query["conferenceDataVersion"] != "1"))
                {
                    continue;
                }

                // Top-level fields, arrays included (attendees), are replaced whole.
                stored.Resource[name] = value?.DeepClone();
            }

            stored.Sequence = ++_calendarSequence;
            return JsonResult(stored.Resource.DeepClone());
        }
    }

    private IResult DeleteEvent(HttpContext context, string body)
    {
        if (CheckSendUpdates(context) is { } bad)
        {
            return bad;
        }

        lock (_gate)
        {
            if (!_events.TryGetValue((CalendarOf(context), Route(context, "eventId")), out var stored))
            {
                return Error(404, "notFound", "Not Found");
            }

            if (stored.IsCancelled)
            {
                return Error(410, "deleted", "Resource has been deleted");
            }

            stored.Resource["status"] = "cancelled";
            stored.Sequence = ++_calendarSequence;
            return Results.NoContent();
        }
    }

    private IResult ListEvents(HttpContext context, string body)
    {
        var query = context.Request.Query;
        var syncToken = query["syncToken"].ToString();
        var max = int.TryParse(query["maxResults"], out var m) ? Math.Min(m, 2500) : 250;
        var calendarId = CalendarOf(context);
        lock (_gate)
        {
            // pageToken = "{offset}:{sequence at the first page}", so every page lists one snapshot.
            var (offset, snapshot) = query["pageToken"].ToString() is { Length: > 0 } page
                ? (int.Parse(page.Split(':')[0], CultureInfo.InvariantCulture), long.Parse(page.Split(':')[1], CultureInfo.InvariantCulture))
                : (0, _calendarSequence);
            IEnumerable<FakeCalendarEvent> items = _events.Values.Where(e => e.CalendarId == calendarId && e.Sequence <= snapshot);
            if (syncToken.Length > 0)
            {
                if (NotWithSyncToken.FirstOrDefault(p => query.ContainsKey(p)) is { } forbidden)
                {
                    return Error(400, "invalid", $"{forbidden} cannot be specified together with syncToken.");
                }

                if (query["showDeleted"] == "false")
                {
                    return Error(400, "invalid", "showDeleted cannot be false together with syncToken.");
                }

                var parts = syncToken.Split('-');
                if (parts.Length != 4 || parts[0] != "fake" || parts[1] != calendarId.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture))
                {
                    return Error(400, "invalid", "Invalid sync token value.");
                }

                if (int.Parse(parts[2], CultureInfo.InvariantCulture) != _syncEpoch)
                {
                    return Error(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
                }

                var since = long.Parse(parts[3], CultureInfo.InvariantCulture);
                items = items.Where(e => e.Sequence > since); // Deleted events always come back (status cancelled).
            }
            else if (query["showDeleted"] != "true")
            {
                items = items.Where(e => !e.IsCancelled);
            }

            var all = items.OrderBy(e => e.Sequence).ToList();
            var result = new JsonObject
            {
                ["kind"] = "calendar#events",
                ["summary"] = calendarId,
                ["timeZone"] = "Europe/London",
                ["items"] = new JsonArray([.. all.Skip(offset).Take(max).Select(e => (JsonNode)e.Resource.DeepClone())]),
            };
            if (offset + max < all.Count)
            {
                result["nextPageToken"] = $"{offset + max}:{snapshot}";
            }
            else
            {
                result["nextSyncToken"] = $"fake-{calendarId.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture)}-{_syncEpoch}-{snapshot}";
            }

            return JsonResult(result);
        }
    }

    private void CompleteConference(FakeCalendarEvent stored)
    {
        var conference = stored.Resource["conferenceData"]!.AsObject();
        if (MeetFails)
        {
            conference["createRequest"]!["status"] = new JsonObject { ["statusCode"] = "failure" };
            return;
        }

        var n = stored.Id.GetHashCode(StringComparison.Ordinal) & 0x7fffffff;
        var code = $"{Letters(n, 3)}-{Letters(n / 7, 4)}-{Letters(n / 13, 3)}";
        var link = "https://meet.google.com/" + code;
        conference["createRequest"]!["status"] = new JsonObject { ["statusCode"] = "success" };
        conference["conferenceId"] = code;
        conference["conferenceSolution"] = new JsonObject { ["key"] = new JsonObject { ["type"] = "hangoutsMeet" }, ["name"] = "Google Meet" };
        conference["entryPoints"] = new JsonArray(
            new JsonObject { ["entryPointType"] = "video", ["uri"] = link, ["label"] = "meet.google.com/" + code },
            new JsonObject { ["entryPointType"] = "more", ["uri"] = "https://tel.meet/" + code });
        stored.Resource["hangoutLink"] = link;
        stored.Sequence = ++_calendarSequence;
    }

    private static string Letters(int seed, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => (char)('a' + ((seed >> (i * 3)) + (i * 5)) % 26)));
}
