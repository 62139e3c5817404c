namespace InventoryAdmin.Domain.Services.Contracts;

/// <summary>One problem in an imported CSV file: the line (the header is line 1), the column and a message a user can read.</summary>
public sealed record ImportError(int Line, string Field, string Message);
