import Accounts
import CourtOperations
import Docket
import Judgments
import PublicPortal
import TribunalKernel

extension PermissionRegistry {
    /// The permissions of every module this server runs; a new module adds its set here.
    public static let court = PermissionRegistry([
        AccountPermissions.set, DocketPermissions.set, JudgmentPermissions.set, PortalPermissions.set, CourtOperationsPermissions.set,
    ])
}
