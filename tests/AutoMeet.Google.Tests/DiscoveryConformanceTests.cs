using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMeet.Google.Gmail.Models;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Gmail;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;

namespace AutoMeet.Google.Tests;

/// <summary>Checks the fake server's routes and the client's JSON names and query parameters against Google's discovery document.</summary>
public sealed class DiscoveryConformanceTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly Dictionary<Type, string> Schemas = new()
    {
        [typeof(GmailMessage)] = "Message",
        [typeof(GmailMessagePart)] = "MessagePart",
        [typeof(GmailMessagePartHeader)] = "MessagePartHeader",
        [typeof(GmailListMessagesResponse)] = "ListMessagesResponse",
        [typeof(GmailListHistoryResponse)] = "ListHistoryResponse",
        [typeof(GmailHistory)] = "History",
        [typeof(GmailHistoryMessageAdded)] = "HistoryMessageAdded",
        [typeof(GmailProfile)] = "Profile",
        [typeof(GmailWatchRequest)] = "WatchRequest",
        [typeof(GmailWatchResponse)] = "WatchResponse",
    };

    private static JsonDocument LoadGmailDiscovery()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "reference", "google-discovery", "gmail.v1.json");
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllText(candidate));
            }
        }

        throw new InvalidOperationException(
            $"gmail.v1.json not found: expected <repo>/../shared/reference/google-discovery/ above {AppContext.BaseDirectory}.");
    }

    private static Dictionary<string, JsonElement> Methods(JsonElement root)
    {
        var methods = new Dictionary<string, JsonElement>();
        void Walk(JsonElement node)
        {
            if (node.TryGetProperty("methods", out var ms))
            {
                foreach (var m in ms.EnumerateObject())
                {
                    methods[m.Value.GetProperty("id").GetString()!["gmail.".Length..]] = m.Value;
                }
            }

            if (node.TryGetProperty("resources", out var rs))
            {
                foreach (var r in rs.EnumerateObject())
                {
                    Walk(r.Value);
                }
            }
        }

        Walk(root);
        return methods;
    }

    [Fact]
    public void FakeServerRoutes_MatchDiscoveryPathsAndMethods()
    {
        using var discovery = LoadGmailDiscovery();
        var methods = Methods(discovery.RootElement);

        foreach (var (method, path, operation) in FakeGoogleServer.GmailRoutes)
        {
            Assert.True(methods.TryGetValue(operation, out var m), $"{operation} is not in the discovery document.");
            Assert.Equal(m.GetProperty("httpMethod").GetString(), method);
            Assert.Equal(m.GetProperty("path").GetString(), path);
        }

        Assert.Equal("https://gmail.googleapis.com/", discovery.RootElement.GetProperty("rootUrl").GetString());
    }

    [Fact]
    public void ClientModels_UseDiscoveryFieldNames()
    {
        using var discovery = LoadGmailDiscovery();
        var schemas = discovery.RootElement.GetProperty("schemas");

        foreach (var (type, schema) in Schemas)
        {
            var properties = schemas.GetProperty(schema).GetProperty("properties");
            var names = type.GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
                .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)?.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
                .OfType<string>().Distinct().ToList();
            Assert.NotEmpty(names);
            Assert.All(names, n => Assert.True(properties.TryGetProperty(n, out _), $"{type.Name}.{n} is not a field of {schema}."));
        }
    }

    [Fact]
    public async Task ClientRequests_UseOnlyDiscoveryQueryParameters()
    {
        using var discovery = LoadGmailDiscovery();
        var methods = Methods(discovery.RootElement);
        await using var host = GoogleTestHost.Create(fixture.Server);
        var account = await host.SeedAccountAsync(fixture.Server);
        var mailbox = host.Get<IMailbox>();
        var cursor = (await mailbox.GetChangesAsync(account.Id, null)).NextCursor;
        var sent = await mailbox.SendAsync(GmailTestData.Email(account.Id));
        await mailbox.FindSentAsync(account.Id, sent.RfcMessageId);
        fixture.Server.Deliver(GmailTestData.Reply("Re: Quick question", "Yes", sent.RfcMessageId), sent.ProviderThreadId);
        await mailbox.GetChangesAsync(account.Id, cursor);

        var gmailRequests = fixture.Server.Requests.Where(r => r.Operation != "token").ToList();
        Assert.Equal(5, gmailRequests.Select(r => r.Operation).Distinct().Count());
        foreach (var request in gmailRequests)
        {
            var parameters = methods[request.Operation].GetProperty("parameters");
            Assert.All(request.Query.Keys, k => Assert.True(parameters.TryGetProperty(k, out _), $"{request.Operation} has no parameter '{k}'."));
        }
    }
}
