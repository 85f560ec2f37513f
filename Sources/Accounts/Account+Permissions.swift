import TribunalKernel

extension Role {
    /// Runs the system: staff, accounts, publication; decides no case.
    public static let admin = Role("admin")
    /// Presides over a collegial panel (审判长) and forms panels.
    public static let presidingJudge = Role("presidingJudge")
    /// Sits on panels and decides cases.
    public static let judge = Role("judge")
    /// A judicial assistant (法官助理): keeps the docket and drafts for the panel.
    public static let assistant = Role("assistant")
    /// A clerk (书记员): dockets and closes cases.
    public static let clerk = Role("clerk")
    /// A leader of the court (庭领导): reads the docket and the court's figures, decides
    /// extensions of trial periods; holds no case by this role.
    public static let courtLeader = Role("courtLeader")

    /// The roles of the court's staff accounts, in the order the administrators' lists show them.
    public static let staffRoles: [Role] = [.admin, .presidingJudge, .judge, .assistant, .clerk, .courtLeader]
}

extension Permission {
    /// Add staff members and accounts.
    public static let administer = Permission("administer")
}

/// The accounts module's roles and permissions.
public enum AccountPermissions {
    public static let set = PermissionSet(module: "accounts", roles: Set(Role.staffRoles), grants: [
        .administer: [.admin],
    ])
}
