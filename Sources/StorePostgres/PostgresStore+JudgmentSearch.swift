import JudgmentSearch

extension PostgresStore: SearchesThroughIndex {}
