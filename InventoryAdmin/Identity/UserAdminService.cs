using InventoryAdmin.Domain.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InventoryAdmin.Identity;

/// <summary>
/// Admin use cases on users. Each call gets its own scope: a Blazor circuit lives long and
/// UserManager's DbContext must not.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppIdentityDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserDto(u.Id, u.Email ?? u.UserName ?? "",
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                u.IsDisabled,
                !u.IsDisabled && u.LockoutEnd > now ? u.LockoutEnd : null))
            .ToList();
    }

    public async Task<UserDto> CreateAsync(string? email, string? password, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var trimmed = email?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (!trimmed.Contains('@')) errors["email"] = ["Enter the user's email address."];
        else if (await users.FindByEmailAsync(trimmed) is not null) errors["email"] = [$"A user with email {trimmed} already exists."];
        if (string.IsNullOrEmpty(password)) errors["password"] = ["Enter a password."];
        CheckRoles(roles, errors);
        if (errors.Count > 0) throw Invalid(errors);

        var user = new ApplicationUser { UserName = trimmed, Email = trimmed, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded) throw Invalid(new() { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
        if (roles.Count > 0) await users.AddToRolesAsync(user, roles);
        return await FindAsync(user.Id, ct);
    }

    public async Task<UserDto> SetRolesAsync(string id, IReadOnlyCollection<string> roles, string actingUserId, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        CheckRoles(roles, errors);
        if (errors.Count > 0) throw Invalid(errors);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(id) ?? throw NotFound(id);
        var current = await users.GetRolesAsync(user);
        if (id == actingUserId && current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin))
            throw Invalid(new() { ["roles"] = ["You cannot take the Admin role from yourself; ask another admin."] });

        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await users.UpdateSecurityStampAsync(user);
        return await FindAsync(id, ct);
    }

    /// <summary>Disables (or enables) sign-in; a new security stamp ends the user's open sessions.</summary>
    public async Task<UserDto> SetDisabledAsync(string id, bool disabled, string actingUserId, CancellationToken ct = default)
    {
        if (disabled && id == actingUserId)
            throw Invalid(new() { ["id"] = ["You cannot disable your own account."] });

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(id) ?? throw NotFound(id);
        user.IsDisabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        if (!disabled) user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return await FindAsync(id, ct);
    }

    private async Task<UserDto> FindAsync(string id, CancellationToken ct) =>
        (await ListAsync(ct)).Single(u => u.Id == id);

    private static void CheckRoles(IReadOnlyCollection<string> roles, Dictionary<string, string[]> errors)
    {
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0) errors["roles"] = [$"Unknown role {string.Join(", ", unknown)}; roles are {string.Join(", ", Roles.All)}."];
    }

    private static InventoryRuleException Invalid(Dictionary<string, string[]> errors) =>
        new(string.Join(" ", errors.Values.SelectMany(e => e)), errors);

    private static InventoryRuleException NotFound(string id) => InventoryRuleException.NotFound("id", $"There is no user with id {id}.");
}
