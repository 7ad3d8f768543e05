using Fandom.Data;
using Fandom.Data.Entities;
using Fandom.Tests.Support;
using Fandom.Web.Services;
using Fandom.Web.Services.Quotes;
using Fandom.Web.Services.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fandom.Tests.Services;

/// <summary>An audit event is saved exactly with its change: a create and its event commit together, in one transaction.</summary>
public abstract class AuditLogTests(FandomApp app)
{
    public static TheoryData<string> Creations => ["person", "quote", "category"];

    [Theory]
    [MemberData(nameof(Creations))]
    public async Task A_create_and_its_audit_event_are_saved_in_one_transaction(string what)
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var staff = await app.CreateStaffAsync(Roles.Editor);
        var actor = new Actor(staff.Id, staff.DisplayName);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FandomDbContext>();
        var saves = new List<Guid?>();
        void Saved(object? sender, SavedChangesEventArgs e) => saves.Add(db.Database.CurrentTransaction?.TransactionId);
        db.SavedChanges += Saved;
        try
        {
            switch (what)
            {
                case "person":
                    await scope.ServiceProvider.GetRequiredService<PeopleService>().CreateAsync(new PersonFields($"Audited {key}", null, null), actor);
                    break;
                case "quote":
                    await scope.ServiceProvider.GetRequiredService<QuoteService>().CreateAsync(
                        new QuoteFields($"Words {key}", $"Speaker {key}", null, null, null, null), actor);
                    break;
                case "category":
                    await scope.ServiceProvider.GetRequiredService<CategoryService>().CreateAsync(new CategoryEdit($"Audited {key}", null, null), actor);
                    break;
            }
        }
        finally
        {
            db.SavedChanges -= Saved;
        }

        Assert.NotEmpty(saves);
        Assert.NotNull(saves[0]);
        Assert.Single(saves.Distinct());
        var action = $"{what}.create";
        var events = await app.WithDbAsync(d => d.AuditEvents.Where(e => e.Action == action && e.ActorId == staff.Id).ToListAsync());
        var audited = Assert.Single(events);
        Assert.NotNull(audited.TargetId);
    }
}

public sealed class AuditLogTestsOnSqlite(SqliteApp app) : AuditLogTests(app), IClassFixture<SqliteApp>;

public sealed class AuditLogTestsOnPostgres(PostgresApp app) : AuditLogTests(app), IClassFixture<PostgresApp>;
