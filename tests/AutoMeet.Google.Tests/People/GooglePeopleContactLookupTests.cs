using AutoMeet.Google.People;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;

namespace AutoMeet.Google.Tests.People;

public sealed class GooglePeopleContactLookupTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    [Fact]
    public async Task FindByEmailAsync_InContacts_ReturnsNameOrganisationAndTitle()
    {
        _server.AddContact(new FakeContact("grace@navy.example", "Grace", "Hopper", "US Navy", "Rear Admiral"));
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);

        var contact = await host.Get<IContactLookup>().FindByEmailAsync(account.Id, " Grace@Navy.example ");

        Assert.NotNull(contact);
        Assert.Equal("grace@navy.example", contact.EmailAddress);
        Assert.Equal("Grace Hopper", contact.DisplayName);
        Assert.Equal("Grace", contact.GivenName);
        Assert.Equal("Hopper", contact.FamilyName);
        Assert.Equal("US Navy", contact.Organization);
        Assert.Equal("Rear Admiral", contact.Title);
        Assert.Equal(ContactSource.Contacts, contact.Source);
        Assert.StartsWith("people/", contact.ResourceName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindByEmailAsync_FirstLookup_WarmsUpThenSearchesWithReadMask()
    {
        _server.AddContact(new FakeContact("ada@analytical.example", "Ada", "Lovelace", "Analytical Engines", "Programmer"));
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var before = _server.RequestsFor("people.searchContacts").Count;

        await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "ada@analytical.example");
        await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "ada@analytical.example");

        var calls = _server.RequestsFor("people.searchContacts").Skip(before).ToList();
        Assert.Equal(3, calls.Count); // One warm-up, then one search per lookup.
        Assert.Equal(string.Empty, calls[0].Query["query"].Single());
        Assert.All(calls, c =>
        {
            Assert.Equal("GET", c.Method);
            Assert.Equal("v1/people:searchContacts", c.Path);
            Assert.Equal("names,emailAddresses,organizations", c.Query["readMask"].Single());
            Assert.StartsWith("Bearer ", c.Authorization, StringComparison.Ordinal);
        });
        Assert.Equal("ada@analytical.example", calls[1].Query["query"].Single());
    }

    [Fact]
    public async Task FindByEmailAsync_OnlyInOtherContacts_ReturnsNameWithoutOrganisation()
    {
        _server.AddContact(new FakeContact("alan@bletchley.example", "Alan", "Turing", Other: true));
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);

        var contact = await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "alan@bletchley.example");

        Assert.NotNull(contact);
        Assert.Equal(ContactSource.OtherContacts, contact.Source);
        Assert.Equal("Alan Turing", contact.DisplayName);
        Assert.Null(contact.Organization);
        Assert.Equal("names,emailAddresses", _server.RequestsFor("otherContacts.search")[^1].Query["readMask"].Single());
    }

    [Fact]
    public async Task FindByEmailAsync_OnlyAPrefixMatches_ReturnsNull()
    {
        _server.AddContact(new FakeContact("katherine@nasa.example.org", "Katherine", "Johnson", "NASA", "Mathematician"));
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);

        Assert.Null(await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "katherine@nasa.example"));
    }

    [Fact]
    public async Task FindByEmailAsync_OtherContactsNotGranted_SkipsThatSource()
    {
        _server.AddContact(new FakeContact("hedy@radio.example", "Hedy", "Lamarr", Other: true));
        _server.DenyOtherContacts = true;
        try
        {
            await using var host = GoogleTestHost.Create(_server);
            var account = await host.SeedAccountAsync(_server);

            var before = _server.RequestsFor("otherContacts.search").Count;

            Assert.Null(await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "hedy@radio.example"));
            Assert.True(_server.RequestsFor("otherContacts.search").Count > before); // Asked, denied (403), skipped without throwing.
        }
        finally
        {
            _server.DenyOtherContacts = false;
        }
    }

    [Fact]
    public async Task FindByEmailAsync_ServerErrorThenSuccess_Retries()
    {
        _server.AddContact(new FakeContact("barbara@mit.example", "Barbara", "Liskov", "MIT", "Professor"));
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "someone@else.example"); // Warm-up done.
        _server.Inject("people.searchContacts", FakeFault.ServerError());

        var contact = await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "barbara@mit.example");

        Assert.Equal("MIT", contact?.Organization);
    }

    [Fact]
    public async Task FindByEmailAsync_PermanentError_Throws()
    {
        await using var host = GoogleTestHost.Create(_server, configure: o => o.MaxRetryAttempts = 0);
        var account = await host.SeedAccountAsync(_server);
        await host.Get<IContactLookup>().FindByEmailAsync(account.Id, "warm@up.example");
        _server.Inject("people.searchContacts", new FakeFault(400));

        var ex = await Assert.ThrowsAsync<GooglePeopleApiException>(() => host.Get<IContactLookup>().FindByEmailAsync(account.Id, "x@y.example"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("people.searchContacts", ex.Operation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    public async Task FindByEmailAsync_NotAnAddress_Throws(string address)
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => host.Get<IContactLookup>().FindByEmailAsync(account.Id, address));
    }
}
