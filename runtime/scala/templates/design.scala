object CcMain {
  def main(argv: Array[String]): Unit = {
    CcJudge.userFile = "solution.scala"
    CcJudge.main(argv(0), new CcJudge.Test {
      def run(test: java.util.List[Object]): String = {
        val calls = test.get(0).asInstanceOf[java.util.List[Object]]
        val inputs = test.get(1).asInstanceOf[java.util.List[Object]]
        val out = new java.util.ArrayList[String]()
        var obj: {{class}} = null
        for (k <- 0 until calls.size) {
          val args = inputs.get(k).asInstanceOf[java.util.List[Object]]
          out.add(calls.get(k) match {
            case "{{class}}" if k == 0 =>
{{constructor_decodes}}
              obj = new {{class}}({{constructor_arguments}})
              "null"
{{methods}}
            case name => throw new CcScala.Failure(s"call $k: {{class}} has no method $name")
          })
        }
        "[" + String.join(",", out) + "]"
      }
    })
  }
}
