import Accounts
import TribunalKernel

extension Permission {
    /// Read what the public sent to the court's mailbox (the court office and its leaders).
    public static let readMailbox = Permission("readMailbox")
}

/// The public portal's permissions.
public enum PortalPermissions {
    public static let set = PermissionSet(module: "portal", grants: [
        .readMailbox: [.admin, .presidingJudge, .courtLeader],
    ])
}
