package video.zapcut.accounts;

/** What sign-up asks for. Names are optional. */
public record NewAccount(String email, String password, String firstName, String lastName, String companyName) {
    @Override
    public String toString() { return "NewAccount[email=***, password=***]"; }
}
