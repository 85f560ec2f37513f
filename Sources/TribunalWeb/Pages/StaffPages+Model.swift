import Foundation
import TribunalKernel

/// The staff sign-in form, with a fresh form token and why the last attempt failed.
enum StaffSignInPage {
    struct Model: PageModel {
        static let template = "staff-signin"
        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        /// The staff page to go back to once signed in.
        let back: String
        let username: String
        let formToken: String
        let error: String?

        init(back: String, username: String, formToken: String, error: String?, wording: Wording) {
            title = wording("staffSignIn")
            self.back = back
            self.username = username
            self.formToken = formToken
            self.error = error
        }
    }
}


/// A staff page that only says something: a refusal, an expired form.
enum StaffMessagePage {
    struct Model: PageModel {
        static let template = "staff-message"
        let title: String
        let crumbs: [Crumb]
        let message: String

        /// `titleKey` and `messageKey` are catalog keys.
        init(titleKey: String, messageKey: String, wording: Wording) {
            title = wording(titleKey)
            crumbs = StaffArea.crumbs(title, wording)
            message = wording(messageKey)
        }
    }
}

/// The staff area in the breadcrumb trail, before the page's own crumb.
enum StaffArea {
    static func crumbs(_ title: String, _ wording: Wording) -> [Crumb] {
        [Crumb(title: wording("staffArea"), url: "/\(wording.language.rawValue)/staff"), Crumb(title: title, url: nil)]
    }
}
