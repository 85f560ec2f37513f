import TribunalCore; import GRDB
