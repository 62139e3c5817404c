using Microsoft.AspNetCore.Identity;

namespace InventoryAdmin.Identity;

public sealed class ApplicationUser : IdentityUser
{
    /// <summary>Set by an admin; a disabled user cannot sign in (and is also locked out indefinitely).</summary>
    public bool IsDisabled { get; set; }
}
