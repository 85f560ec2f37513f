import ArgumentParser
import Foundation
import Hummingbird
import Logging
import StoreSQLite
import StorePostgres
import TribunalKernel
import Accounts
import Docket
import Judgments
import CourtOperations
import PublicPortal
import SearchEngine
import JudgmentSearch
import TribunalWeb
import TribunalDemo
import ProcessTuning

/// The `tribunal` command: the one place that chooses a storage backend.
@main
struct Tribunal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tribunal: the appellate docket of a specialised intellectual-property court.",
        subcommands: [Serve.self, Deadline.self, CaseNumberCommand.self, Damages.self, Stats.self, Analyze.self, Migrate.self, User.self, Copy.self, Backup.self, Restore.self])
}

/// Errors a command reports to the user: the reason, then a non-zero exit.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}

extension Tribunal {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the server; an empty database first gets a demo court.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var court: CourtSettings
        @Option(help: "The port to listen on.") var port: Int = 8080
        @Option(help: "The address to listen on.") var hostname: String = "127.0.0.1"
        @Flag(help: "Do not load the demo court into an empty database.") var noDemo = false
        @Option(help: ArgumentHelp("With PostgreSQL: this server's search index snapshot, written when it stops and read when it starts (with SQLite it is <database>.searchindex).",
                                   valueName: "file"))
        var searchIndexSnapshot: String?
        @Flag(help: "Mark cookies Secure: for a server reached over TLS, directly or behind a proxy that terminates it.")
        var secureCookies = false
        @Option(name: .customLong("trusted-proxy"),
                help: "A proxy in front of the server whose X-Forwarded-For names the client: an address or CIDR range (repeatable).")
        var trustedProxies: [String] = []

        func validate() throws {
            do { _ = try TrustedProxies(trustedProxies) } catch let error as InvalidValue { throw ValidationError("--\(error.field ?? ""): \(error.reason)") }
        }

        func run() async throws {
            let logger = {
                var logger = Logger(label: "tribunal")
                logger.logLevel = .info
                return logger
            }()
            if !Allocator.keepFreedPages() { logger.info("The C allocator keeps its defaults: searches of common terms map fresh pages.") }
            let configuration = TribunalConfiguration(hostname: hostname, port: port, secureCookies: secureCookies,
                                                      trustedProxies: try TrustedProxies(trustedProxies))
            // One service group runs everything with a life: the PostgreSQL client (first, so that
            // it stops last), the search index follower, the visit writer, then the HTTP server.
            // runService() stops them in reverse order on SIGTERM and SIGINT; the follower saves
            // the index's snapshot then, so that the next start need not rebuild it.
            switch try database.location() {
            case .sqlite(let path):
                let store = OpenedStore.sqlite(try SQLiteStore(path: path))
                try await prepare(store, logger: logger)
                let app = try await buildApplication(services: store.services(punitiveFormula: try court.formula()), configuration: configuration, logger: logger)
                try await app.runService()
            case .postgres(let postgres):
                let store = PostgresStore(configuration: postgres, searchIndexSnapshot: searchIndexSnapshot.map { URL(fileURLWithPath: $0) },
                                          logger: logger)
                let opened = OpenedStore.postgres(store)
                var app = try await buildApplication(services: opened.services(punitiveFormula: try court.formula()), configuration: configuration, logger: logger,
                                                     firstServices: [store.client])
                app.beforeServerStarts {
                    do {
                        try await store.checkReachable()
                    } catch {
                        // One line naming the server, not a stack of pool errors.
                        logger.critical("--database: \(error)")
                        throw CommandFailure(description: "--database: \(error)")
                    }
                    try await store.migrate()
                    try await store.withStartLock { try await prepare(opened, logger: logger) }
                }
                try await app.runService()
            }
        }

        /// Loads the demo court into an empty database, unless told not to.
        private func prepare(_ store: OpenedStore, logger: Logger) async throws {
            let services = store.services
            guard !noDemo, try await services.cases.caseCount() == 0, try await services.staff.allStaff().isEmpty else { return }
            logger.info("Empty database: loading the demo court…")
            let started = Date()
            let count = try await DemoCourt(today: CalendarDate(Date())).load(docket: services.docket, judgments: services.judgments,
                                                                              staff: services.staff, preservation: services.preservation,
                                                                              damages: services.damages, hearings: services.hearings)
            try await DemoAccounts.create(in: services)
            logger.info("Demo court loaded: \(count) cases in \(String(format: "%.1f", Date().timeIntervalSince(started))) s. Demo sign-in (password \(DemoAccounts.password)): \(DemoAccounts.usernames.joined(separator: ", "))")
        }
    }

    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The last day to appeal: the date on the first line, then the explanation.")

        @Option(help: "The day the decision was served, YYYY-MM-DD.") var served: String
        @Option(help: "judgment or ruling.") var decision: String
        @Flag(help: "The party has no domicile in China (30 days, CPL Art. 286).") var noDomicileInChina = false
        @Flag(help: "An administrative case: the periods cite the Administrative Litigation Law (Art. 85).") var administrative = false
        @Option(help: "Days the court granted a party without domicile in China on its application (CPL Art. 286).")
        var extensionDays: Int?

        func run() throws {
            guard let servedOn = CalendarDate(iso: served) else {
                throw CommandFailure(description: "--served: '\(served)' is not a date in the form YYYY-MM-DD")
            }
            guard let against = OriginDecision.Kind(rawValue: decision) else {
                throw CommandFailure(description: "--decision: '\(decision)' is neither judgment nor ruling")
            }
            let kind = DeadlineKind.appeal(against: against)
            do {
                let result = try kind.lastDay(servedOn: servedOn, domiciledInChina: !noDomicileInChina,
                                              procedure: administrative ? .administrative : .civil, extensionGrantedDays: extensionDays)
                print(result.lastDay)
                result.explanation.forEach { print($0) }
            } catch {
                throw CommandFailure(description: error.reason)
            }
        }
    }

    struct CaseNumberCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case-number",
            abstract: "Parse a case number as typed: the canonical form on the first line, then its fields as JSON.")

        @Argument(help: "The case number in any common spelling.") var text: String

        struct Fields: Encodable {
            let canonical: String
            let year: Int
            let courtCode: String
            let court: String?
            let typeCode: String
            let tribunalCaseType: String?
            let sequences: [Int]
            let suffix: Int?
        }

        func run() throws {
            let number: CaseNumber
            do {
                number = try CaseNumber(parsing: text)
            } catch {
                throw CommandFailure(description: error.description)
            }
            let court = CourtDirectory.official.court(code: number.courtCode)
            let fields = Fields(canonical: number.canonical, year: number.year, courtCode: number.courtCode,
                                court: court?.zh, typeCode: number.typeCode,
                                tribunalCaseType: number.tribunalCaseType.map { "\($0)" },
                                sequences: number.sequences, suffix: number.suffix)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(number.canonical)
            print(String(decoding: try encoder.encode(fields), as: UTF8.self))
        }
    }

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the tokens the search analyzer makes of a text, one per line, in order.")

        @Argument(help: "The text to analyse.") var text: String
        @Flag(help: "Analyse as a query (no colocated Han unigrams, entities only as a whole).") var query = false

        func run() {
            for token in Analyzer(mode: query ? .query : .index).tokens(text) {
                print(token.text)
            }
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create or update the database schema.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let store = try await database.openStore()
            print("Migrated \(database.displayName): \(try await store.appliedMigrations().joined(separator: ", "))")
        }
    }

    struct User: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Manage sign-in accounts.", subcommands: [Add.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Create an account (the first one is usually the admin). The password is read from standard input.")

            @OptionGroup var database: DatabaseOptions
            @Option(help: "The username.") var username: String
            @Option(help: "admin, presidingJudge, judge, assistant, clerk or courtLeader.") var role: String = "admin"

            func run() async throws {
                let known = PermissionRegistry.court.roles
                guard let role = Role(rawValue: role), known.contains(role) else {
                    throw CommandFailure(description: "--role: '\(role)' is not one of " + known.map(\.rawValue).sorted().joined(separator: ", "))
                }
                guard let password = readLine(strippingNewline: true) else {
                    throw CommandFailure(description: "password: give it on standard input")
                }
                let store = try await database.openStore()
                do {
                    let account = try await AccountService.cli(store.services).createAccount(username: username, password: password, role: role)
                    print("Created \(account.role.rawValue) account '\(account.username)' (id \(account.id)).")
                } catch let failure as any DomainFailure {
                    throw CommandFailure(description: "\(failure.field ?? "account"): \(failure.reason)")
                }
            }
        }
    }
}

/// Sign-in accounts for the demo court, one per role, so that a new user can try every move.
enum DemoAccounts {
    static let password = "tribunal-demo"
    static let usernames = ["demo.admin", "demo.presiding", "demo.judge", "demo.assistant", "demo.clerk", "demo.leader"]

    static func create(in services: TribunalServices) async throws {
        let service = try await AccountService.cli(services, bcryptCost: 10)
        let roles = Role.staffRoles
        // Each account but the admin's is a demo staff member of its role, so that it reads the
        // confidential passages of that member's panels.
        let staff = try await services.staff.allStaff()
        let members: [Role: StaffMember.Role] = [.presidingJudge: .presidingJudge, .judge: .judge, .assistant: .judicialAssistant, .clerk: .clerk]
        for (username, role) in zip(usernames, roles) {
            let member = members[role].flatMap { staffRole in staff.first { $0.role == staffRole } }
            _ = try await service.createAccount(username: username, password: password, role: role, staffId: member?.id)
        }
    }
}

extension AccountService {
    /// The account service the commands use, over the SQLite store.
    static func cli(_ services: TribunalServices, bcryptCost: UInt8 = 12) async throws -> AccountService {
        try await AccountService(accounts: services.accounts, throttle: services.signInThrottle, registry: .court,
                                 hasher: PasswordHasher(cost: bcryptCost))
    }
}
