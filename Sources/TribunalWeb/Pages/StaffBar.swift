import Foundation
import TribunalKernel
import Accounts
import PublicPortal

/// What every staff page shows above its content: who is signed in, in which role, the tools
/// the role may use, and the form token that the sign-out form and every staff form carry.
struct StaffBar {
    struct SignedIn {
        let username: String
        let role: String
    }

    let account: SignedIn
    let formToken: String
    let mayReadMailbox: Bool

    init(account: Account, formToken: String, wording: Wording) {
        self.account = SignedIn(username: account.username, role: wording("role_\(account.role.rawValue)"))
        self.formToken = formToken
        mayReadMailbox = PermissionRegistry.court.may(account.role, .readMailbox)
    }
}
