using System.ComponentModel.DataAnnotations;

namespace Fandom.Web.Models;

public sealed class SetupInputModel
{
    [Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, StringLength(100), Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Required, StringLength(100, MinimumLength = 10), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The passwords do not match."), Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";
}
