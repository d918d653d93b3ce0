using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMeet.Google.People;
using AutoMeet.Google.People.Models;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;

namespace AutoMeet.Google.Tests.People;

/// <summary>Checks the fake server's People routes and the client's JSON names and query parameters against people.v1.json.</summary>
public sealed class PeopleDiscoveryConformanceTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private static readonly Dictionary<Type, string> Schemas = new()
    {
        [typeof(PeopleSearchResponse)] = "SearchResponse",
        [typeof(PeopleSearchResult)] = "SearchResult",
        [typeof(PeoplePerson)] = "Person",
        [typeof(PeopleName)] = "Name",
        [typeof(PeopleEmailAddress)] = "EmailAddress",
        [typeof(PeopleOrganization)] = "Organization",
    };

    private static JsonDocument LoadDiscovery()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "reference", "google-discovery", "people.v1.json");
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllText(candidate));
            }
        }

        throw new InvalidOperationException($"people.v1.json not found: expected <repo>/../shared/reference/google-discovery/ above {AppContext.BaseDirectory}.");
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
                    methods[m.Value.GetProperty("id").GetString()!["people.".Length..]] = m.Value;
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
        using var discovery = LoadDiscovery();
        var methods = Methods(discovery.RootElement);

        foreach (var (method, path, operation) in FakeGoogleServer.PeopleRoutes)
        {
            Assert.True(methods.TryGetValue(operation, out var m), $"{operation} is not in the discovery document.");
            Assert.Equal(m.GetProperty("httpMethod").GetString(), method);
            Assert.Equal(m.GetProperty("path").GetString(), path);
        }

        Assert.Equal("https://people.googleapis.com/", discovery.RootElement.GetProperty("rootUrl").GetString());
        Assert.Equal(new Uri("https://people.googleapis.com/"), new GoogleOptions().PeopleApiBaseUri);
    }

    [Fact]
    public void ClientModels_UseDiscoveryFieldNames()
    {
        using var discovery = LoadDiscovery();
        var schemas = discovery.RootElement.GetProperty("schemas");

        foreach (var (type, schema) in Schemas)
        {
            var properties = schemas.GetProperty(schema).GetProperty("properties");
            var names = type.GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).OfType<string>().ToList();
            Assert.NotEmpty(names);
            Assert.All(names, n => Assert.True(properties.TryGetProperty(n, out _), $"{type.Name}.{n} is not a field of {schema}."));
        }
    }

    [Fact]
    public async Task ClientRequests_UseOnlyDiscoveryParametersAndAllowedReadMasks()
    {
        using var discovery = LoadDiscovery();
        var methods = Methods(discovery.RootElement);
        fixture.Server.AddContact(new FakeContact("emmy@algebra.example", "Emmy", "Noether", Other: true));
        await using var host = GoogleTestHost.Create(fixture.Server);
        var account = await host.SeedAccountAsync(fixture.Server);

        await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "emmy@algebra.example");

        var requests = fixture.Server.Requests.Where(r => r.Operation is "people.searchContacts" or "otherContacts.search").ToList();
        Assert.Equal(2, requests.Select(r => r.Operation).Distinct().Count());
        foreach (var request in requests)
        {
            var parameters = methods[request.Operation].GetProperty("parameters");
            Assert.All(request.Query.Keys, k => Assert.True(parameters.TryGetProperty(k, out _), $"{request.Operation} has no parameter '{k}'."));
            var maskDoc = parameters.GetProperty("readMask").GetProperty("description").GetString()!;
            Assert.All(request.Query["readMask"].Single().Split(','), f => Assert.Contains("* " + f, maskDoc, StringComparison.Ordinal));
        }

        Assert.Contains(GoogleScopes(methods["people.searchContacts"]), s => s == AutoMeet.Google.OAuth.GoogleScopes.ContactsReadonly);
        Assert.Contains(GoogleScopes(methods["otherContacts.search"]), s => s == AutoMeet.Google.OAuth.GoogleScopes.ContactsOtherReadonly);
        Assert.Equal(
            [AutoMeet.Google.OAuth.GoogleScopes.ContactsReadonly, AutoMeet.Google.OAuth.GoogleScopes.ContactsOtherReadonly],
            AutoMeet.Google.OAuth.GoogleScopes.For(AutoMeet.Google.OAuth.GoogleFeatures.ReadContacts).Skip(3));
    }

    private static IEnumerable<string> GoogleScopes(JsonElement method) => method.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!);
}
